package cn.hoist.agent.monitoring.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

import cn.hoist.agent.checks.ReachabilityCheck;
import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.config.ConfigMapping;
import cn.hoist.agent.config.ConfigReader;

/** One entry of a device's {@code checks:} list. */
final class CheckParser {

    static final Set<String> KEYS = Set.of("type", "name", "host", "port", "ports", "url", "timeout", "method",
            "trust-certificate", "thresholds");

    private CheckParser() {
    }

    static CheckConfig parse(ConfigReader reader, Node node, String device, String address, Duration defaultTimeout,
            Map<String, Threshold> deviceThresholds) {
        String where = "a check of device " + device;
        ConfigMapping f = reader.mapping(node, where, KEYS);
        if (f == null) {
            return null;
        }
        if (!f.has("type")) {
            reader.error(node, where + " needs 'type' (icmp, tcp, http or ntp)");
            return null;
        }
        CheckType type = f.choice("type", CheckType.class, null, Map.of("PING", CheckType.ICMP));
        if (type == null) {
            return null;
        }
        String host = f.string("host", address);
        if (host != null && Addresses.problem(host) != null) {
            reader.error(f.get("host").orElse(node), "host '" + host + "' of " + where + " "
                    + Addresses.problem(host));
        }
        List<Integer> ports = ports(reader, f, type);
        URI url = type == CheckType.HTTP ? url(reader, f) : null;
        Duration timeout = f.duration("timeout", defaultTimeout);
        ReachabilityCheck.Method method = f.choice("method", ReachabilityCheck.Method.class,
                ReachabilityCheck.Method.AUTO, Map.of());
        Path trust = trust(reader, f);
        Map<String, Threshold> thresholds = ThresholdParser.parse(reader, f.get("thresholds").orElse(null), where,
                deviceThresholds);
        String name = f.string("name", defaultName(type, ports));
        if (name != null && !MonitoringSection.CHECK_NAME.matcher(name).matches()) {
            reader.error(f.get("name").orElse(node), "check name '" + name + "' must be lower-case letters, digits, "
                    + "'.' and '-', starting with a letter");
        }
        if (host == null && type != CheckType.HTTP) {
            reader.error(node, where + " needs 'host' because the device has no address");
        }
        return new CheckConfig(type, name, host, ports, url, timeout, method == null
                ? ReachabilityCheck.Method.AUTO : method, trust, thresholds);
    }

    private static List<Integer> ports(ConfigReader reader, ConfigMapping f, CheckType type) {
        List<Integer> ports = new java.util.ArrayList<>();
        if (f.has("port")) {
            ports.add(f.integer("port", 0, 1, 65535));
        }
        for (String p : f.strings("ports")) {
            try {
                int port = Integer.parseInt(p);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                ports.add(port);
            } catch (NumberFormatException e) {
                reader.error(f.get("ports").orElseThrow(), "port '" + p + "' in " + f.label("ports")
                        + " must be 1..65535");
            }
        }
        ports.removeIf(p -> p == 0);
        if (type == CheckType.TCP && ports.size() != 1) {
            reader.error(f.node(), "a tcp check needs exactly one 'port'");
        }
        if (type == CheckType.NTP && ports.isEmpty()) {
            ports.add(123);
        }
        return ports;
    }

    private static URI url(ConfigReader reader, ConfigMapping f) {
        String text = f.required("url");
        if (text == null) {
            return null;
        }
        try {
            URI url = new URI(text.strip());
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                reader.error(f.get("url").orElseThrow(), "url '" + text + "' must be an http:// or https:// address");
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            reader.error(f.get("url").orElseThrow(), "url '" + text + "' is not a valid address: " + e.getReason());
            return null;
        }
    }

    private static Path trust(ConfigReader reader, ConfigMapping f) {
        String file = f.string("trust-certificate", null);
        if (file == null) {
            return null;
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            reader.error(f.get("trust-certificate").orElseThrow(), "certificate file " + file + " cannot be read");
        }
        return path;
    }

    private static String defaultName(CheckType type, List<Integer> ports) {
        return type == CheckType.TCP && !ports.isEmpty() ? "tcp." + ports.get(0) : type.wireName();
    }
}
