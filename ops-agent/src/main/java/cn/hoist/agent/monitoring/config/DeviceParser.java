package cn.hoist.agent.monitoring.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.config.ConfigMapping;
import cn.hoist.agent.config.ConfigReader;
import cn.hoist.agent.snmp.SnmpTarget;

/** One entry of {@code devices:}. */
final class DeviceParser {

    static final Set<String> KEYS = Set.of("name", "kind", "address", "interval", "snmp", "thresholds", "checks");

    private DeviceParser() {
    }

    /** The device, or null when it is too broken to use (problems reported). */
    static DeviceConfig parse(ConfigReader reader, Node node, Defaults defaults) {
        ConfigMapping f = reader.mapping(node, "a device", KEYS);
        if (f == null) {
            return null;
        }
        String name = f.required("name");
        String where = name == null ? "a device" : "device " + name;
        f.describedAs(where);
        if (name != null && !MonitoringSection.DEVICE_NAME.matcher(name).matches()) {
            reader.error(f.get("name").orElseThrow(), "device name '" + name + "' must be 1-100 letters, digits, '.', "
                    + "'_' or '-', starting with a letter or digit");
        }
        DeviceKind kind = f.has("kind") ? f.choice("kind", DeviceKind.class, null, Map.of()) : null;
        if (!f.has("kind")) {
            reader.error(node, where + " needs 'kind' (server, workstation, pos, router, switch, printer, ups, nas "
                    + "or other)");
        }
        String address = f.string("address", null);
        if (address != null && Addresses.problem(address) != null) {
            reader.error(f.get("address").orElseThrow(), "address '" + address + "' of " + where + " "
                    + Addresses.problem(address));
        }
        Duration interval = f.duration("interval", defaults.interval());
        Map<String, Threshold> thresholds = ThresholdParser.parse(reader, f.get("thresholds").orElse(null), where,
                defaults.thresholds());
        Snmp snmp = snmp(reader, f, where, kind, address, defaults);
        List<CheckConfig> checks = checks(reader, f, name, address, defaults, thresholds);
        if (name == null || kind == null) {
            return null;
        }
        return new DeviceConfig(name, kind, address, interval, snmp.target(), snmp.profiles(), snmp.critical(),
                thresholds, checks);
    }

    /** The device's SNMP settings over defaults.snmp; no target when it has none (or they are broken). */
    private static Snmp snmp(ConfigReader reader, ConfigMapping f, String where, DeviceKind kind, String address,
            Defaults defaults) {
        Node snmpNode = f.get("snmp").orElse(null);
        if (snmpNode == null || isOff(snmpNode)) {
            return new Snmp(null, List.of(), Set.of());
        }
        ConfigMapping s = isOn(snmpNode) ? reader.empty(snmpNode, "snmp of " + where)
                : reader.mapping(snmpNode, "snmp of " + where, SnmpParser.DEVICE_KEYS);
        if (s == null) {
            return new Snmp(null, List.of(), Set.of());
        }
        s.withParent(defaults.snmp());
        if (address == null) {
            reader.error(snmpNode, where + " needs 'address' to be polled over SNMP");
        }
        return new Snmp(SnmpParser.target(reader, s, address),
                SnmpParser.profiles(reader, s, kind == null ? List.of("system") : kind.defaultProfiles()),
                new HashSet<>(s.strings("critical-interfaces")));
    }

    private record Snmp(SnmpTarget target, List<String> profiles, Set<String> critical) {
    }

    private static List<CheckConfig> checks(ConfigReader reader, ConfigMapping f, String device, String address, Defaults defaults,
            Map<String, Threshold> thresholds) {
        List<CheckConfig> checks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : f.get("checks").map(n -> reader.items(n, "checks of device " + device)).orElse(List.of())) {
            CheckConfig check = CheckParser.parse(reader, item, device, address, defaults.timeout(), thresholds);
            if (check == null) {
                continue;
            }
            if (!names.add(check.name())) {
                reader.error(item, "device " + device + " has two checks named '" + check.name() + "'; give one a "
                        + "different 'name'");
            }
            checks.add(check);
        }
        return checks;
    }

    /** {@code snmp: true} takes every setting from defaults.snmp. */
    private static boolean isOn(Node node) {
        return node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.getValue().equals("true");
    }

    private static boolean isOff(Node node) {
        return node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s
                && (s.getValue().equals("false") || ConfigReader.isNull(node));
    }

    /** What the defaults section says, for devices to fall back on. */
    record Defaults(Duration interval, Duration timeout, ConfigMapping snmp, Map<String, Threshold> thresholds) {
    }
}
