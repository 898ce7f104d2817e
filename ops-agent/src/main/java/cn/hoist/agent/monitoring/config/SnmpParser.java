package cn.hoist.agent.monitoring.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

import cn.hoist.agent.config.ConfigMapping;
import cn.hoist.agent.config.ConfigReader;
import cn.hoist.agent.config.Suggestions;
import cn.hoist.agent.snmp.AuthProtocol;
import cn.hoist.agent.snmp.PrivProtocol;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpUser;
import cn.hoist.agent.snmp.SnmpVersion;

/** A device's {@code snmp:} block (over {@code defaults.snmp}), and SNMPv3 users of the trap receiver. */
final class SnmpParser {

    static final Set<String> TARGET_KEYS = Set.of("version", "community", "port", "user", "auth", "auth-password",
            "priv", "priv-password", "context", "timeout", "retries", "bulk", "max-repetitions",
            "allow-non-increasing-oids");
    static final Set<String> DEVICE_KEYS = union(TARGET_KEYS, Set.of("profiles", "critical-interfaces"));
    static final Set<String> PROFILES = Set.of("system", "interfaces", "host-resources", "printer", "ups");
    static final Set<String> USER_KEYS = Set.of("name", "auth", "auth-password", "priv", "priv-password");

    private static final Map<String, SnmpVersion> VERSIONS = Map.of("1", SnmpVersion.V1, "V1", SnmpVersion.V1,
            "2C", SnmpVersion.V2C, "2", SnmpVersion.V2C, "3", SnmpVersion.V3);
    private static final Map<String, AuthProtocol> AUTH_ALIASES = Map.of("SHA", AuthProtocol.SHA1);
    private static final Map<String, PrivProtocol> PRIV_ALIASES = Map.of("AES", PrivProtocol.AES128);

    private SnmpParser() {
    }

    /** The target, or null when the block has errors (reported). */
    static SnmpTarget target(ConfigReader reader, ConfigMapping f, String host) {
        SnmpVersion version = f.choice("version", SnmpVersion.class, SnmpVersion.V2C, VERSIONS);
        int port = f.integer("port", SnmpTarget.DEFAULT_PORT, 1, 65535);
        Duration timeout = f.duration("timeout", SnmpTarget.DEFAULT_TIMEOUT);
        int retries = f.integer("retries", SnmpTarget.DEFAULT_RETRIES, 0, 10);
        boolean bulk = f.bool("bulk", true);
        int maxRepetitions = f.integer("max-repetitions", SnmpTarget.DEFAULT_MAX_REPETITIONS, 1, 200);
        boolean tolerant = f.bool("allow-non-increasing-oids", false);
        String context = f.string("context", null);
        if (version == null || host == null) {
            return null;
        }
        try {
            SnmpTarget t = version == SnmpVersion.V3 ? v3(f, host, port) : community(f, host, port, version);
            if (t == null) {
                return null;
            }
            return t.withContextName(context).withTimeout(timeout).withRetries(retries).withBulk(bulk, maxRepetitions)
                    .withAllowNonIncreasingOids(tolerant);
        } catch (IllegalArgumentException e) {
            // SnmpTarget's own checks (pass phrase length, priv without auth); its messages hold no secrets.
            reader.error(f.node(), f.what() + ": " + e.getMessage());
            return null;
        }
    }

    private static SnmpTarget v3(ConfigMapping f, String host, int port) {
        String user = f.required("user");
        AuthProtocol auth = f.choice("auth", AuthProtocol.class, AuthProtocol.NONE, AUTH_ALIASES);
        PrivProtocol priv = f.choice("priv", PrivProtocol.class, PrivProtocol.NONE, PRIV_ALIASES);
        String authPassword = f.string("auth-password", null);
        String privPassword = f.string("priv-password", null);
        boolean unset = f.has("auth-password") && authPassword == null
                || f.has("priv-password") && privPassword == null;
        if (user == null || auth == null || priv == null || unset) {
            // Already reported: an unset ${ENV} would only add a misleading "pass phrase too short".
            return null;
        }
        return SnmpTarget.v3(host, port, user, auth, authPassword, priv, privPassword);
    }

    private static SnmpTarget community(ConfigMapping f, String host, int port, SnmpVersion version) {
        String community = f.string("community", "public");
        if (community == null) {
            return null;
        }
        return version == SnmpVersion.V1 ? SnmpTarget.v1(host, port, community) : SnmpTarget.v2c(host, port, community);
    }

    /** The profiles to poll, system always first; unknown names reported. */
    static List<String> profiles(ConfigReader reader, ConfigMapping f, List<String> defaults) {
        if (!f.has("profiles")) {
            return defaults;
        }
        List<String> profiles = new ArrayList<>(List.of("system"));
        for (String p : f.strings("profiles")) {
            if (!PROFILES.contains(p)) {
                reader.error(f.get("profiles").orElseThrow(), "unknown SNMP profile '" + p + "'"
                        + Suggestions.didYouMean(p, PROFILES));
            } else if (!profiles.contains(p)) {
                profiles.add(p);
            }
        }
        return profiles;
    }

    static SnmpUser user(ConfigReader reader, Node node) {
        ConfigMapping f = reader.mapping(node, "a trap receiver user", USER_KEYS);
        if (f == null) {
            return null;
        }
        String name = f.required("name");
        AuthProtocol auth = f.choice("auth", AuthProtocol.class, AuthProtocol.SHA256, AUTH_ALIASES);
        PrivProtocol priv = f.choice("priv", PrivProtocol.class, PrivProtocol.NONE, PRIV_ALIASES);
        String authPassword = f.string("auth-password", "");
        String privPassword = f.string("priv-password", "");
        if (name == null || auth == null || priv == null || authPassword == null || privPassword == null) {
            return null;
        }
        if (auth != AuthProtocol.NONE && authPassword.length() < 8
                || priv != PrivProtocol.NONE && privPassword.length() < 8) {
            reader.error(node, "SNMPv3 user " + name + ": pass phrases must have at least 8 characters");
            return null;
        }
        return new SnmpUser(name, auth, authPassword, priv, privPassword);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
