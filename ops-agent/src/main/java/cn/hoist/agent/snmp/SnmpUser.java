package cn.hoist.agent.snmp;

/** An SNMPv3 USM user the trap receiver accepts. */
public record SnmpUser(String name, AuthProtocol authProtocol, String authPassword, PrivProtocol privProtocol,
                       String privPassword) {

    @Override
    public String toString() {
        return "SnmpUser[" + name + " " + authProtocol + "/" + privProtocol + "]";
    }
}
