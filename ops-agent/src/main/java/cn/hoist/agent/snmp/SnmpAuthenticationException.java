package cn.hoist.agent.snmp;

/** The agent rejected our SNMPv3 credentials (a USM report such as usmStatsWrongDigests or usmStatsUnknownUserNames). */
public class SnmpAuthenticationException extends SnmpException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public SnmpAuthenticationException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** Short machine-friendly reason: unknownUserName, wrongDigest, decryptionError, unsupportedSecurityLevel, ... */
    public String reason() {
        return reason;
    }
}
