package cn.hoist.agent.snmp;

/** Base of every SNMP failure the client reports; messages name the device, never its credentials. */
public class SnmpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SnmpException(String message) {
        super(message);
    }

    public SnmpException(String message, Throwable cause) {
        super(message, cause);
    }
}
