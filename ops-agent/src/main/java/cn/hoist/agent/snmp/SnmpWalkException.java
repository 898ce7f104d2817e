package cn.hoist.agent.snmp;

/** A walk was stopped: the agent returned OIDs out of order or in a loop, or the row limit was reached. */
public class SnmpWalkException extends SnmpException {

    private static final long serialVersionUID = 1L;

    public SnmpWalkException(String message) {
        super(message);
    }
}
