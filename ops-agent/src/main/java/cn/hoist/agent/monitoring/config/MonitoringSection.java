package cn.hoist.agent.monitoring.config;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;

import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.config.ConfigMapping;
import cn.hoist.agent.config.ConfigReader;
import cn.hoist.agent.config.ConfigSection;

/**
 * Monitoring's part of agent.yml: {@code defaults}, {@code devices}, {@code traps}, {@code local-host} and
 * {@code crm-health}. Reports every problem (unknown keys, wrong types, missing fields, duplicate names, bad
 * addresses, unknown profiles and check types, bad durations) with its line. Found by the config module through
 * {@code META-INF/services/cn.hoist.agent.config.ConfigSection}.
 */
public final class MonitoringSection implements ConfigSection<MonitoringConfig> {

    static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final Pattern CHECK_NAME = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    static final Map<String, Threshold> BUILT_IN_THRESHOLDS = builtIn();
    private static final Set<String> KEYS = Set.of("defaults", "devices", "traps", "local-host", "crm-health");
    private static final Set<String> DEFAULT_KEYS = Set.of("interval", "unreachable-interval", "timeout", "snmp",
            "thresholds");

    @Override
    public Class<MonitoringConfig> type() {
        return MonitoringConfig.class;
    }

    @Override
    public Set<String> keys() {
        return KEYS;
    }

    @Override
    public MonitoringConfig parse(ConfigReader reader, ConfigMapping f) {
        Node top = f.node();
        ConfigMapping defaults = reader.section(f.get("defaults").orElse(null), top, "defaults", DEFAULT_KEYS);
        ConfigMapping snmpDefaults = reader.section(defaults.get("snmp").orElse(null), top, "defaults.snmp",
                SnmpParser.TARGET_KEYS);
        DeviceParser.Defaults deviceDefaults = new DeviceParser.Defaults(
                defaults.duration("interval", Duration.ofSeconds(60)),
                defaults.duration("timeout", Duration.ofSeconds(5)), snmpDefaults,
                ThresholdParser.parse(reader, defaults.get("thresholds").orElse(null), "defaults", BUILT_IN_THRESHOLDS));
        Duration unreachable = defaults.duration("unreachable-interval", Duration.ofMinutes(5));
        List<DeviceConfig> devices = devices(reader, f, deviceDefaults);
        var localHost = LocalParser.localHost(reader, f.get("local-host").orElse(null), deviceDefaults);
        var crm = LocalParser.crmHealth(reader, f.get("crm-health").orElse(null));
        var traps = LocalParser.traps(reader, f.get("traps").orElse(null));
        if (localHost.enabled() && devices.stream().anyMatch(dev -> dev.name().equals(localHost.name()))) {
            reader.error(f.get("devices").orElse(top), "a device is named '" + localHost.name() + "', the name of the "
                    + "agent's own host; rename it or set local-host.name");
        }
        return new MonitoringConfig(unreachable, devices, traps, localHost, crm);
    }

    @Override
    public String headline(MonitoringConfig config) {
        return config.devices().size() + " device(s)";
    }

    @Override
    public void summarise(MonitoringConfig config, PrintWriter out) {
        MonitoringSummary.print(out, config);
    }

    private static List<DeviceConfig> devices(ConfigReader reader, ConfigMapping f, DeviceParser.Defaults defaults) {
        List<DeviceConfig> devices = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node item : f.get("devices").map(n -> reader.items(n, "devices")).orElse(List.of())) {
            DeviceConfig device = DeviceParser.parse(reader, item, defaults);
            if (device == null) {
                continue;
            }
            Node first = names.putIfAbsent(device.name(), item);
            if (first != null) {
                reader.error(item, "duplicate device name '" + device.name() + "' (first at line "
                        + first.getStartMark().map(m -> m.getLine() + 1).orElse(0) + ")");
                continue;
            }
            devices.add(device);
        }
        return devices;
    }

    private static Map<String, Threshold> builtIn() {
        Map<String, Threshold> t = new LinkedHashMap<>();
        t.put("cpu-percent", new Threshold(85, 95));
        t.put("memory-percent", new Threshold(90, 97));
        t.put("disk-percent", new Threshold(85, 95));
        t.put("supply-percent", new Threshold(15, 5));
        t.put("ups-charge-percent", new Threshold(50, 25));
        t.put("ups-runtime-minutes", new Threshold(10, 5));
        t.put("latency-ms", new Threshold(500, 2000));
        t.put("certificate-days", new Threshold(21, 7));
        t.put("ntp-offset-ms", new Threshold(100, 1000));
        return java.util.Collections.unmodifiableMap(t);
    }
}
