package cn.hoist.agent.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.config.ConfigLoad;
import cn.hoist.agent.config.ConfigProblem;
import cn.hoist.agent.config.DeviceConfig;
import cn.hoist.agent.config.MonitoringConfig;

/**
 * Parses agent.yml. SnakeYAML Engine composes the file into nodes that keep their line and column; the parser walks
 * them and reports every problem (unknown keys, wrong types, missing fields, duplicate names, bad addresses, unknown
 * profiles and check types, bad durations, unset environment variables) before giving up.
 */
public final class ConfigParser {

    static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final Pattern CHECK_NAME = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    public static final Map<String, Threshold> BUILT_IN_THRESHOLDS = builtIn();
    private static final Set<String> TOP_KEYS = Set.of("defaults", "devices", "traps", "local-host", "crm-health");
    private static final Set<String> DEFAULT_KEYS = Set.of("interval", "unreachable-interval", "timeout", "snmp",
            "thresholds");
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private ConfigParser() {
    }

    public static ConfigLoad load(Path file, Function<String, String> env) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed("the file is larger than 4 MB; is it the right file?");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file, env);
        } catch (NoSuchFileException e) {
            return failed("no such file");
        } catch (IOException e) {
            return failed("cannot read the file: " + e.getMessage());
        }
    }

    public static ConfigLoad parse(String text, Path source, Function<String, String> env) {
        Nodes nodes = new Nodes(env);
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(source.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            return new ConfigLoad(null, List.of(new ConfigProblem(line, column, "not valid YAML: " + e.getProblem()
                    + (e.getContext() == null ? "" : " " + e.getContext()))));
        } catch (YamlEngineException e) {
            return failed("not valid YAML: " + e.getMessage());
        }
        Node top = root.filter(n -> !Nodes.isNull(n)).orElse(new MappingNode(Tag.MAP, List.of(), FlowStyle.AUTO));
        MonitoringConfig config = build(nodes, top, source);
        return nodes.problems().isEmpty() ? new ConfigLoad(config, List.of()) : new ConfigLoad(null, sorted(nodes));
    }

    private static MonitoringConfig build(Nodes nodes, Node top, Path source) {
        Fields f = nodes.fields(top, "the configuration", TOP_KEYS);
        if (f == null) {
            return null;
        }
        Fields defaults = section(nodes, f.get("defaults").orElse(null), top, "defaults", DEFAULT_KEYS);
        Fields snmpDefaults = section(nodes, defaults.get("snmp").orElse(null), top, "defaults.snmp",
                SnmpParser.TARGET_KEYS);
        DeviceParser.Defaults deviceDefaults = new DeviceParser.Defaults(
                defaults.duration("interval", Duration.ofSeconds(60)),
                defaults.duration("timeout", Duration.ofSeconds(5)), snmpDefaults,
                ThresholdParser.parse(nodes, defaults.get("thresholds").orElse(null), "defaults", BUILT_IN_THRESHOLDS));
        Duration unreachable = defaults.duration("unreachable-interval", Duration.ofMinutes(5));
        List<DeviceConfig> devices = devices(nodes, f, deviceDefaults);
        var localHost = LocalParser.localHost(nodes, f.get("local-host").orElse(null), deviceDefaults);
        var crm = LocalParser.crmHealth(nodes, f.get("crm-health").orElse(null));
        var traps = LocalParser.traps(nodes, f.get("traps").orElse(null));
        if (localHost.enabled() && devices.stream().anyMatch(dev -> dev.name().equals(localHost.name()))) {
            nodes.error(f.get("devices").orElse(top), "a device is named '" + localHost.name() + "', the name of the "
                    + "agent's own host; rename it or set local-host.name");
        }
        return new MonitoringConfig(source, unreachable, devices, traps, localHost, crm);
    }

    /** A section's fields; absent (or not a mapping, which is reported) reads as empty, so defaults apply. */
    static Fields section(Nodes nodes, Node node, Node parent, String name, Set<String> keys) {
        Fields f = node == null || Nodes.isNull(node) ? null : nodes.fields(node, name, keys);
        return f != null ? f : new Fields(nodes, node == null ? parent : node, name, Map.of());
    }

    private static List<DeviceConfig> devices(Nodes nodes, Fields f, DeviceParser.Defaults defaults) {
        List<DeviceConfig> devices = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node item : f.get("devices").map(n -> nodes.items(n, "devices")).orElse(List.of())) {
            DeviceConfig device = DeviceParser.parse(nodes, item, defaults);
            if (device == null) {
                continue;
            }
            Node first = names.putIfAbsent(device.name(), item);
            if (first != null) {
                nodes.error(item, "duplicate device name '" + device.name() + "' (first at line "
                        + first.getStartMark().map(m -> m.getLine() + 1).orElse(0) + ")");
                continue;
            }
            devices.add(device);
        }
        return devices;
    }

    private static List<ConfigProblem> sorted(Nodes nodes) {
        return nodes.problems().stream().distinct().sorted(java.util.Comparator.comparingInt(ConfigProblem::line)
                .thenComparingInt(ConfigProblem::column)).toList();
    }

    private static ConfigLoad failed(String message) {
        return new ConfigLoad(null, List.of(new ConfigProblem(0, 0, message)));
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
