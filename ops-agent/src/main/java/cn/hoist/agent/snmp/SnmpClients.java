package cn.hoist.agent.snmp;

import cn.hoist.agent.snmp.internal.Snmp4jClient;

/**
 * Opens {@link SnmpClient}s. The factory lives apart from the interface so that the API never names its SNMP4J
 * implementation (which implements the API: the two would import each other).
 */
public final class SnmpClients {

    private SnmpClients() {
    }

    /** Opens a client with its own UDP session; close it to release the socket and its threads. */
    public static SnmpClient open(SnmpClientSettings settings) {
        return Snmp4jClient.open(settings);
    }
}
