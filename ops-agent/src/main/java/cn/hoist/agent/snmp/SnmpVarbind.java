package cn.hoist.agent.snmp;

import java.util.Objects;

/** One variable binding of a response. */
public record SnmpVarbind(SnmpOid oid, SnmpValue value) {
    public SnmpVarbind {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(value, "value");
    }
}
