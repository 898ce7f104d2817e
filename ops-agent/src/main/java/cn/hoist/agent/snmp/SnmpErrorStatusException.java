package cn.hoist.agent.snmp;

/** The agent answered with a PDU error status (noSuchName, tooBig, genErr, ...). */
public class SnmpErrorStatusException extends SnmpException {

    private static final long serialVersionUID = 1L;

    private final int errorStatus;
    private final int errorIndex;

    public SnmpErrorStatusException(String message, int errorStatus, int errorIndex) {
        super(message);
        this.errorStatus = errorStatus;
        this.errorIndex = errorIndex;
    }

    public int errorStatus() {
        return errorStatus;
    }

    /** 1-based index of the failing varbind, 0 if none. */
    public int errorIndex() {
        return errorIndex;
    }
}
