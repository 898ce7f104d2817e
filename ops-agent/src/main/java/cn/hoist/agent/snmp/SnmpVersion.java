package cn.hoist.agent.snmp;

/** SNMP protocol version of a target. */
public enum SnmpVersion {
    V1, V2C, V3
}
