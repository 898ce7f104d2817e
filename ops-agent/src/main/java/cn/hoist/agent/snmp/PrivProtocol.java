package cn.hoist.agent.snmp;

/** SNMPv3 USM privacy protocol. DES only for old gear that knows nothing better. */
public enum PrivProtocol {
    NONE, DES, AES128, AES192, AES256
}
