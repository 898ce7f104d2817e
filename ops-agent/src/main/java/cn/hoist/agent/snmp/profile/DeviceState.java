package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.SnmpOid;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * What the profiles remember about one device between polls. The caller keeps one per device and passes it to
 * every poll of that device; it is not thread-safe, so poll one device at most once at a time.
 */
public final class DeviceState {

    private final Clock clock;
    long lastUptimeTicks = -1;
    long lastUptimeAtMillis;
    /** Set by the system profile when this poll found a reboot: counters of other profiles restarted. */
    boolean counterDiscontinuity;
    final Map<SnmpOid, InterfaceState> interfaces = new HashMap<>();

    public DeviceState(Clock clock) {
        this.clock = clock;
    }

    public DeviceState() {
        this(Clock.systemUTC());
    }

    long nowMillis() {
        return clock.millis();
    }

    /** True when the last system poll saw the device reboot (so counters restarted). */
    public boolean counterDiscontinuity() {
        return counterDiscontinuity;
    }

    /** Remembered counters and status of one interface. */
    static final class InterfaceState {
        int counterBits;
        long inOctets;
        long outOctets;
        long inErrors;
        long outErrors;
        long inDiscards;
        long outDiscards;
        long discontinuityTime = -1;
        long atMillis;
        int operStatus;
        boolean hasSample;
    }
}
