package cn.hoist.agent.monitoring.config;

import java.net.URI;
import java.nio.file.Path;
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
import cn.hoist.agent.snmp.SnmpUser;

/** The sections about the agent's own host: {@code local-host}, {@code crm-health} and {@code traps}. */
final class LocalParser {

    private static final Set<String> LOCAL_KEYS = Set.of("enabled", "name", "interval", "disks", "thresholds");
    private static final Set<String> CRM_KEYS = Set.of("enabled", "url", "interval");
    private static final Set<String> TRAP_KEYS = Set.of("enabled", "bind", "port", "communities", "users");

    private LocalParser() {
    }

    static LocalHostConfig localHost(ConfigReader reader, Node node, DeviceParser.Defaults defaults) {
        ConfigMapping f = reader.section(node, node, "local-host", LOCAL_KEYS);
        String name = f.string("name", LocalHostConfig.DEFAULT_NAME);
        if (name != null && !MonitoringSection.DEVICE_NAME.matcher(name).matches()) {
            reader.error(f.get("name").orElse(node), "local-host name '" + name + "' must be letters, digits, '.', '_' "
                    + "or '-'");
        }
        List<Path> disks = new ArrayList<>();
        f.strings("disks").forEach(d -> disks.add(Path.of(d)));
        Map<String, Threshold> thresholds = ThresholdParser.parse(reader, f.get("thresholds").orElse(null),
                "local-host", defaults.thresholds());
        return new LocalHostConfig(f.bool("enabled", true), name == null ? LocalHostConfig.DEFAULT_NAME : name,
                f.duration("interval", defaults.interval()), disks, thresholds);
    }

    static CrmHealthConfig crmHealth(ConfigReader reader, Node node) {
        ConfigMapping f = reader.section(node, node, "crm-health", CRM_KEYS);
        String url = f.string("url", CrmHealthConfig.DEFAULT_URL.toString());
        URI uri = CrmHealthConfig.DEFAULT_URL;
        if (url != null) {
            try {
                uri = new URI(url.strip());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    reader.error(f.get("url").orElse(node), "crm-health url '" + url + "' must be an http(s) address");
                }
            } catch (java.net.URISyntaxException e) {
                reader.error(f.get("url").orElse(node), "crm-health url '" + url + "' is not valid: " + e.getReason());
            }
        }
        return new CrmHealthConfig(f.bool("enabled", true), uri, f.duration("interval", Duration.ofSeconds(30)));
    }

    static TrapConfig traps(ConfigReader reader, Node node) {
        ConfigMapping f = reader.section(node, node, "traps", TRAP_KEYS);
        boolean enabled = f.bool("enabled", node != null);
        String bind = f.string("bind", "0.0.0.0");
        if (bind != null && Addresses.problem(bind) != null) {
            reader.error(f.get("bind").orElse(node), "traps bind address '" + bind + "' " + Addresses.problem(bind));
        }
        int port = f.integer("port", 1162, 0, 65535);
        Set<String> communities = new HashSet<>(f.strings("communities"));
        List<SnmpUser> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : f.get("users").map(n -> reader.items(n, "traps.users")).orElse(List.of())) {
            SnmpUser user = SnmpParser.user(reader, item);
            if (user != null && !names.add(user.name())) {
                reader.error(item, "duplicate trap receiver user '" + user.name() + "'");
            } else if (user != null) {
                users.add(user);
            }
        }
        return new TrapConfig(enabled, bind == null ? "0.0.0.0" : bind, port, communities, users);
    }
}
