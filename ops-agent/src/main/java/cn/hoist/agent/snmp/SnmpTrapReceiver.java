package cn.hoist.agent.snmp;

/**
 * Listens for SNMP notifications (v1, v2c, v3) and hands each one to a listener as a {@link Trap};
 * {@link SnmpTrapReceivers#start} starts one.
 */
public interface SnmpTrapReceiver extends AutoCloseable {

    /** The bound UDP port (useful when started on port 0). */
    int port();

    /** Datagrams dropped as malformed, unauthenticated or with an unknown community, since start. */
    long rejected();

    /** Traps delivered to the listener since start. */
    long received();

    @Override
    void close();
}
