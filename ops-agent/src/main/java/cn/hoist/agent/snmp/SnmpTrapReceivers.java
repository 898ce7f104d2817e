package cn.hoist.agent.snmp;

import java.util.function.Consumer;

import cn.hoist.agent.snmp.internal.Snmp4jTrapReceiver;

/**
 * Starts {@link SnmpTrapReceiver}s. The factory lives apart from the interface so that the API never names its
 * SNMP4J implementation (which implements the API: the two would import each other).
 */
public final class SnmpTrapReceivers {

    private SnmpTrapReceivers() {
    }

    /**
     * Starts listening; the listener runs on the receiver's thread and must not block for long.
     *
     * @throws SnmpException when the address cannot be bound (port 162 without privileges, port taken)
     */
    public static SnmpTrapReceiver start(TrapReceiverSettings settings, Consumer<Trap> listener) {
        return Snmp4jTrapReceiver.start(settings, listener);
    }
}
