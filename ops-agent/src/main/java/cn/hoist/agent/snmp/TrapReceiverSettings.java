package cn.hoist.agent.snmp;

import java.util.List;
import java.util.Set;

/**
 * Where and for whom the trap receiver listens.
 *
 * @param bindAddress  address to listen on (e.g. 0.0.0.0; tests use 127.0.0.1)
 * @param port         UDP port; 162 needs privileges, so it is configurable (0 = any free port)
 * @param communities  accepted v1/v2c communities (empty = accept any)
 * @param users        accepted SNMPv3 users
 */
public record TrapReceiverSettings(String bindAddress, int port, Set<String> communities, List<SnmpUser> users) {

    public TrapReceiverSettings {
        communities = Set.copyOf(communities);
        users = List.copyOf(users);
    }

    @Override
    public String toString() {
        return "TrapReceiverSettings[" + bindAddress + ":" + port + " communities=" + communities.size()
                + " users=" + users.stream().map(SnmpUser::name).toList() + "]";
    }
}
