package cn.hoist.agent.snmp;

/**
 * Session-wide limits of the SNMP client.
 *
 * @param maxInFlight          requests in flight at once over all devices; beyond this they wait (UDP drops otherwise)
 * @param maxInFlightPerDevice requests in flight at once per device (small agents answer one at a time)
 * @param maxWalkVarbinds      most varbinds one walk or table may collect before it is stopped
 * @param dispatcherThreads    threads that decode responses and run callbacks; 0 (the default) does both on the thread
 *                             that receives them: no hand-off per response, which on a shop's two cores is the faster
 *                             choice (docs/benchmarks.md, "Agent SNMP polling"). Callbacks must then not block.
 */
public record SnmpClientSettings(int maxInFlight, int maxInFlightPerDevice, int maxWalkVarbinds,
                                 int dispatcherThreads) {

    public SnmpClientSettings {
        if (maxInFlight < 1 || maxInFlightPerDevice < 1 || maxWalkVarbinds < 1 || dispatcherThreads < 0) {
            throw new IllegalArgumentException(
                    "SNMP client limits must be positive (dispatcher threads: zero or more)");
        }
    }

    /** 64 in flight, 2 per device, 100,000 varbinds per walk, responses handled on the receiving thread. */
    public static SnmpClientSettings defaults() {
        return new SnmpClientSettings(64, 2, 100_000, 0);
    }
}
