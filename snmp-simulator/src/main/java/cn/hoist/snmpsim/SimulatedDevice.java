package cn.hoist.snmpsim;

import java.time.Duration;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

/**
 * A simulated device: its MIB data plus the system group every SNMP agent has. sysUpTime runs from the device's
 * boot time on the simulator clock; {@link #reboot()} starts it again from zero.
 */
public abstract class SimulatedDevice {

    public static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    public static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    public static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    public static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");

    protected final MibData mib = new MibData();
    protected final SimClock clock;
    private final DeviceKind kind;
    private volatile long bootMillis;
    private volatile String name;

    protected SimulatedDevice(DeviceKind kind, String name, SimClock clock, String descr, String objectId) {
        this.kind = kind;
        this.name = name;
        this.clock = clock;
        this.bootMillis = clock.millis();
        mib.put(SYS_DESCR, new OctetString(descr));
        mib.put(SYS_OBJECT_ID, new OID(objectId));
        mib.put(SYS_UP_TIME, () -> new TimeTicks(uptimeTicks()));
        mib.put(new OID("1.3.6.1.2.1.1.4.0"), new OctetString("it@shop.example"));
        mib.put(SYS_NAME, () -> new OctetString(this.name));
        mib.put(new OID("1.3.6.1.2.1.1.6.0"), new OctetString("Workshop rack"));
        mib.put(new OID("1.3.6.1.2.1.1.7.0"), new Integer32(72));
    }

    public DeviceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public void setName(String newName) {
        this.name = newName;
    }

    public MibData mib() {
        return mib;
    }

    /** sysUpTime in hundredths of a second, wrapping at 2^32 like the real TimeTicks (about 497 days). */
    public long uptimeTicks() {
        return ((clock.millis() - bootMillis) / 10) & 0xFFFF_FFFFL;
    }

    /** Pretends the device has been up this long (e.g. just before the 497-day TimeTicks wrap). */
    public void setUptime(Duration uptime) {
        bootMillis = clock.millis() - uptime.toMillis();
    }

    /** Power cycle: sysUpTime restarts at zero and the device's counters start again from zero. */
    public void reboot() {
        bootMillis = clock.millis();
        onReboot();
    }

    /** Resets whatever a reboot resets besides sysUpTime. */
    protected void onReboot() {
    }

    protected static Gauge32 gauge(long v) {
        return new Gauge32(v);
    }
}
