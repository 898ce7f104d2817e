package cn.hoist.agent.snmp;

/** SNMPv3 USM authentication protocol. MD5 and SHA1 are kept for old printers, UPSs and switches. */
public enum AuthProtocol {
    NONE, MD5, SHA1, SHA224, SHA256, SHA384, SHA512
}
