package cn.hoist.snmpsim;

import java.io.Closeable;

/** A bound UDP port answering SNMP for one simulated device. */
interface Endpoint extends Closeable {

    int port();

    SimulatedDevice device();

    /** The device's SNMP engine ID (needed by v3 trap receivers and tests of engine-ID handling). */
    byte[] engineId();

    @Override
    void close();
}
