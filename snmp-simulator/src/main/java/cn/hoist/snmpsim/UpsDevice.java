package cn.hoist.snmpsim;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * A small UPS with the standard UPS-MIB (RFC 1628). On battery the charge drains 1 % per minute of simulator time and
 * the estimated runtime follows it.
 */
public final class UpsDevice extends SimulatedDevice {

    public static final String UPS = "1.3.6.1.2.1.33.1";
    public static final int OUTPUT_NORMAL = 3;
    public static final int OUTPUT_BATTERY = 5;

    private volatile boolean onBattery;
    private volatile long onBatterySinceMillis;
    private volatile int chargeAtSwitch = 100;

    public UpsDevice(String name, SimClock clock) {
        super(DeviceKind.UPS, name, clock, "APC Smart-UPS 1500 (simulated)", "1.3.6.1.4.1.318.1.3.27");
        mib.put(new OID(UPS + ".1.1.0"), new OctetString("APC"));
        mib.put(new OID(UPS + ".1.2.0"), new OctetString("Smart-UPS 1500"));
        mib.put(new OID(UPS + ".2.1.0"), () -> new Integer32(charge() < 20 ? 3 : 2));
        mib.put(new OID(UPS + ".2.2.0"), () -> new Integer32((int) secondsOnBattery()));
        mib.put(new OID(UPS + ".2.3.0"), () -> new Integer32(charge() * 40 / 100));
        mib.put(new OID(UPS + ".2.4.0"), () -> new Integer32(charge()));
        mib.put(new OID(UPS + ".2.5.0"), new Integer32(273));
        mib.put(new OID(UPS + ".4.1.0"), () -> new Integer32(onBattery ? OUTPUT_BATTERY : OUTPUT_NORMAL));
        mib.put(new OID(UPS + ".3.3.1.3.1"), () -> new Integer32(onBattery ? 0 : 230));
    }

    /** Mains fails (true) or comes back (false). */
    public synchronized void setOnBattery(boolean battery) {
        if (battery && !onBattery) {
            onBatterySinceMillis = clock.millis();
        }
        if (!battery && onBattery) {
            chargeAtSwitch = charge();
        }
        onBattery = battery;
    }

    public synchronized void setCharge(int percent) {
        chargeAtSwitch = percent;
        onBatterySinceMillis = clock.millis();
    }

    public boolean onBattery() {
        return onBattery;
    }

    private long secondsOnBattery() {
        return onBattery ? (clock.millis() - onBatterySinceMillis) / 1000 : 0;
    }

    private int charge() {
        return (int) Math.max(0, chargeAtSwitch - secondsOnBattery() / 60);
    }
}
