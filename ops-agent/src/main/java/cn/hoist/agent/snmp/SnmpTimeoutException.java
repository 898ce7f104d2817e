package cn.hoist.agent.snmp;

/**
 * No answer within timeout and retries. SNMP agents drop requests with a wrong v1/v2c community (and v3 requests
 * whose privacy pass phrase is wrong) without answering, so these look exactly like a dead device.
 */
public class SnmpTimeoutException extends SnmpException {

    private static final long serialVersionUID = 1L;

    public SnmpTimeoutException(String message) {
        super(message);
    }
}
