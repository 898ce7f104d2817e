package cn.hoist.snmpsim;

import java.util.ArrayList;
import java.util.List;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

/**
 * A managed access switch: IF-MIB ifTable and ifXTable with traffic that grows every second, plus a small
 * HOST-RESOURCES storage table (RAM, flash) as many switches have. Ports 1..n-6 are up with traffic, the next two are
 * admin-up but oper-down (unplugged), the last four are shut down.
 */
public final class SwitchDevice extends SimulatedDevice {

    public static final String IF_ENTRY = "1.3.6.1.2.1.2.2.1";
    public static final String IFX_ENTRY = "1.3.6.1.2.1.31.1.1.1";
    private static final int[] HC_COLUMNS = {6, 7, 10, 11};

    private final List<Port> ports = new ArrayList<>();

    /** One interface with its counters and status. */
    public final class Port {
        final int index;
        final SimCounter inOctets;
        final SimCounter outOctets;
        final SimCounter inPkts;
        final SimCounter outPkts;
        final SimCounter inErrors;
        final SimCounter outDiscards;
        volatile int admin;
        volatile int oper;
        volatile long discontinuityTicks;

        Port(int index, boolean admin, boolean oper, double bytesPerSecond) {
            this.index = index;
            this.admin = admin ? 1 : 2;
            this.oper = oper ? 1 : 2;
            double in = oper ? bytesPerSecond : 0;
            this.inOctets = new SimCounter(clock, 0, in);
            this.outOctets = new SimCounter(clock, 0, in / 2);
            this.inPkts = new SimCounter(clock, 0, in / 500);
            this.outPkts = new SimCounter(clock, 0, in / 1000);
            this.inErrors = new SimCounter(clock, 0, oper && index == 3 ? 1 : 0);
            this.outDiscards = new SimCounter(clock, 0, oper && index == 4 ? 2 : 0);
        }

        void reset(long discontinuity) {
            for (SimCounter c : List.of(inOctets, outOctets, inPkts, outPkts, inErrors, outDiscards)) {
                c.set(0);
            }
            discontinuityTicks = discontinuity;
        }
    }

    public SwitchDevice(String name, SimClock clock, int portCount) {
        super(DeviceKind.SWITCH, name, clock, "Hoist SimSwitch " + portCount + "-port Gigabit managed switch, firmware 2.4.1",
                "1.3.6.1.4.1.99999.1.1");
        mib.put(new OID("1.3.6.1.2.1.2.1.0"), new Integer32(portCount));
        for (int i = 1; i <= portCount; i++) {
            boolean admin = i <= portCount - 4;
            boolean oper = i <= portCount - 6;
            // i Mbit/s on port i: distinct, and far below the 1000 Mbit/s link speed.
            Port p = new Port(i, admin, oper, 125_000.0 * i);
            ports.add(p);
            addPort(p);
        }
        addStorage();
    }

    private void addPort(Port p) {
        int i = p.index;
        put(IF_ENTRY, 1, i, new Integer32(i));
        put(IF_ENTRY, 2, i, new OctetString("GigabitEthernet0/" + i));
        put(IF_ENTRY, 3, i, new Integer32(6));
        put(IF_ENTRY, 4, i, new Integer32(1500));
        put(IF_ENTRY, 5, i, new Gauge32(1_000_000_000L));
        put(IF_ENTRY, 6, i, new OctetString(new byte[] {0x00, 0x1b, 0x21, 0x3a, 0x4c, (byte) i}));
        mib.put(oid(IF_ENTRY, 7, i), () -> new Integer32(p.admin));
        mib.put(oid(IF_ENTRY, 8, i), () -> new Integer32(p.oper));
        put(IF_ENTRY, 9, i, new TimeTicks(0));
        mib.put(oid(IF_ENTRY, 10, i), () -> new Counter32(p.inOctets.value32()));
        mib.put(oid(IF_ENTRY, 11, i), () -> new Counter32(p.inPkts.value32()));
        put(IF_ENTRY, 13, i, new Counter32(0));
        mib.put(oid(IF_ENTRY, 14, i), () -> new Counter32(p.inErrors.value32()));
        mib.put(oid(IF_ENTRY, 16, i), () -> new Counter32(p.outOctets.value32()));
        mib.put(oid(IF_ENTRY, 17, i), () -> new Counter32(p.outPkts.value32()));
        mib.put(oid(IF_ENTRY, 19, i), () -> new Counter32(p.outDiscards.value32()));
        put(IF_ENTRY, 20, i, new Counter32(0));
        put(IFX_ENTRY, 1, i, new OctetString("Gi0/" + i));
        put(IFX_ENTRY, 2, i, new Counter32(0));
        put(IFX_ENTRY, 3, i, new Counter32(0));
        addHcColumns(p);
        put(IFX_ENTRY, 15, i, new Gauge32(1000));
        put(IFX_ENTRY, 18, i, new OctetString(i == 1 ? "uplink to router" : ""));
        mib.put(oid(IFX_ENTRY, 19, i), () -> new TimeTicks(p.discontinuityTicks));
    }

    private void addHcColumns(Port p) {
        int i = p.index;
        mib.put(oid(IFX_ENTRY, 6, i), () -> new Counter64(p.inOctets.value64()));
        mib.put(oid(IFX_ENTRY, 7, i), () -> new Counter64(p.inPkts.value64()));
        mib.put(oid(IFX_ENTRY, 10, i), () -> new Counter64(p.outOctets.value64()));
        mib.put(oid(IFX_ENTRY, 11, i), () -> new Counter64(p.outPkts.value64()));
    }

    private void addStorage() {
        String entry = "1.3.6.1.2.1.25.2.3.1";
        put(entry, 1, 1, new Integer32(1));
        put(entry, 2, 1, new OID("1.3.6.1.2.1.25.2.1.2"));
        put(entry, 3, 1, new OctetString("RAM"));
        put(entry, 4, 1, new Integer32(1024));
        put(entry, 5, 1, new Integer32(524_288));
        put(entry, 6, 1, new Integer32(262_144));
        put(entry, 1, 2, new Integer32(2));
        put(entry, 2, 2, new OID("1.3.6.1.2.1.25.2.1.9"));
        put(entry, 3, 2, new OctetString("flash"));
        put(entry, 4, 2, new Integer32(4096));
        put(entry, 5, 2, new Integer32(32_768));
        put(entry, 6, 2, new Integer32(8_192));
    }

    public int portCount() {
        return ports.size();
    }

    /** Sets a port's octet counters (raw 64 bits; the 32-bit columns show the low half), e.g. just before a wrap. */
    public void setOctets(int port, long inOctets, long outOctets) {
        ports.get(port - 1).inOctets.set(inOctets);
        ports.get(port - 1).outOctets.set(outOctets);
    }

    /** Changes a port's inbound traffic in bytes per second (outbound is half of it). */
    public void setTraffic(int port, double inBytesPerSecond) {
        ports.get(port - 1).inOctets.setRate(inBytesPerSecond);
        ports.get(port - 1).outOctets.setRate(inBytesPerSecond / 2);
    }

    public void setOperStatus(int port, boolean up) {
        ports.get(port - 1).oper = up ? 1 : 2;
    }

    public void setAdminStatus(int port, boolean up) {
        ports.get(port - 1).admin = up ? 1 : 2;
    }

    /** Counters cleared by an operator ("clear counters"): ifCounterDiscontinuityTime moves to now. */
    public void clearCounters() {
        long now = uptimeTicks();
        ports.forEach(p -> p.reset(now));
    }

    /** Old gear: no ifHC* columns, only the 32-bit ifTable counters. */
    public void setHcCountersPresent(boolean present) {
        for (Port p : ports) {
            if (present) {
                addHcColumns(p);
            } else {
                for (int col : HC_COLUMNS) {
                    mib.remove(oid(IFX_ENTRY, col, p.index));
                }
            }
        }
    }

    @Override
    protected void onReboot() {
        ports.forEach(p -> p.reset(0));
    }

    private void put(String entry, int column, int index, org.snmp4j.smi.Variable v) {
        mib.put(oid(entry, column, index), v);
    }

    static OID oid(String entry, int column, int index) {
        return new OID(entry + "." + column + "." + index);
    }
}
