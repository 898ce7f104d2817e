package cn.hoist.agent.monitoring.config;

import java.util.List;
import java.util.Set;

import cn.hoist.agent.snmp.SnmpUser;

/**
 * The SNMP trap receiver.
 *
 * @param enabled     whether to listen at all
 * @param bindAddress where to listen
 * @param port        UDP port (162 needs privileges; 1162 is a common unprivileged choice)
 * @param communities accepted v1/v2c communities (empty: any)
 * @param users       accepted SNMPv3 users
 */
public record TrapConfig(boolean enabled, String bindAddress, int port, Set<String> communities, List<SnmpUser> users) {

    public TrapConfig {
        communities = Set.copyOf(communities);
        users = List.copyOf(users);
    }

    public static TrapConfig disabled() {
        return new TrapConfig(false, "0.0.0.0", 1162, Set.of(), List.of());
    }

    /** Communities are secrets: only their number is shown. */
    @Override
    public String toString() {
        return "TrapConfig[" + (enabled ? bindAddress + ":" + port : "disabled") + ", " + communities.size()
                + " communities, users " + users.stream().map(SnmpUser::name).toList() + "]";
    }
}
