package cn.hoist.agent.snmp;

import cn.hoist.agent.snmp.internal.Snmp4jTrapReceiver;
import java.util.function.Consumer;

/** Listens for SNMP notifications (v1, v2c, v3) and hands each one to a listener as a {@link Trap}. */
public interface SnmpTrapReceiver extends AutoCloseable {

    /** Starts listening; the listener runs on the receiver's thread and must not block for long. */
    static SnmpTrapReceiver start(TrapReceiverSettings settings, Consumer<Trap> listener) {
        return Snmp4jTrapReceiver.start(settings, listener);
    }

    /** The bound UDP port (useful when started on port 0). */
    int port();

    /** Datagrams dropped as malformed, unauthenticated or with an unknown community, since start. */
    long rejected();

    /** Traps delivered to the listener since start. */
    long received();

    @Override
    void close();
}
