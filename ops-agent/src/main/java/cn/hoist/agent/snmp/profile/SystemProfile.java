package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.Severity;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * SNMPv2-MIB system group, polled first: if this fails the device is unreachable and the other walks are skipped
 * (see {@link DevicePoll}). Detects reboots from sysUpTime and tells the other profiles that counters restarted.
 *
 * <p>Metric {@code snmp_sys_uptime_seconds} (s). Observation {@code device.rebooted} (WARNING). Properties sysDescr,
 * sysName, sysObjectID.
 */
public final class SystemProfile implements SnmpProfile {

    static final SnmpOid SYS_DESCR = SnmpOid.of("1.3.6.1.2.1.1.1.0");
    static final SnmpOid SYS_OBJECT_ID = SnmpOid.of("1.3.6.1.2.1.1.2.0");
    static final SnmpOid SYS_UPTIME = SnmpOid.of("1.3.6.1.2.1.1.3.0");
    static final SnmpOid SYS_NAME = SnmpOid.of("1.3.6.1.2.1.1.5.0");
    private static final long TICKS_WRAP = 1L << 32;

    @Override
    public String name() {
        return "system";
    }

    @Override
    public CompletableFuture<ProfileResult> poll(SnmpClient client, SnmpTarget target, DeviceState state) {
        return client.get(target, List.of(SYS_UPTIME, SYS_DESCR, SYS_NAME, SYS_OBJECT_ID)).thenApply(vbs -> {
            long now = state.nowMillis();
            ProfileResult.Builder r = new ProfileResult.Builder(name());
            Map<SnmpOid, SnmpValue> v = new java.util.HashMap<>();
            for (SnmpVarbind vb : vbs) {
                v.put(vb.oid(), vb.value());
            }
            r.property("sysDescr", text(v.get(SYS_DESCR)));
            r.property("sysName", text(v.get(SYS_NAME)));
            r.property("sysObjectID", text(v.get(SYS_OBJECT_ID)));
            state.counterDiscontinuity = false;
            if (v.get(SYS_UPTIME) instanceof SnmpValue.TimeTicks ticks) {
                long cur = ticks.hundredths();
                r.metric("snmp_sys_uptime_seconds", Map.of(), cur / 100.0, "s");
                if (state.lastUptimeTicks >= 0 && rebooted(state.lastUptimeTicks, cur,
                        now - state.lastUptimeAtMillis)) {
                    state.counterDiscontinuity = true;
                    r.observe("device.rebooted", Severity.WARNING, target.host() + " restarted (sysUpTime went from "
                                    + state.lastUptimeTicks / 100 + " s to " + cur / 100 + " s)",
                            Map.of("previousUptimeSeconds", Long.toString(state.lastUptimeTicks / 100),
                                    "uptimeSeconds", Long.toString(cur / 100)));
                }
                state.lastUptimeTicks = cur;
                state.lastUptimeAtMillis = now;
            }
            return r.build();
        });
    }

    /**
     * sysUpTime is TimeTicks and wraps to 0 after 2^32 hundredths (497 days) without a reboot. It is a reboot when the
     * uptime is clearly behind where it should be after the time that passed, taking one wrap into account.
     */
    static boolean rebooted(long previousTicks, long currentTicks, long elapsedMillis) {
        long elapsedTicks = Math.max(0, elapsedMillis / 10);
        long expected = previousTicks + elapsedTicks;
        long observed = currentTicks;
        if (currentTicks < previousTicks && expected >= TICKS_WRAP - tolerance(elapsedTicks)) {
            observed += TICKS_WRAP;
        }
        return observed + tolerance(elapsedTicks) < expected;
    }

    /** Agent and poller clocks drift and responses take time: allow a minute plus 2 % of the interval. */
    private static long tolerance(long elapsedTicks) {
        return 6_000 + elapsedTicks / 50;
    }

    private static String text(SnmpValue v) {
        return v == null || v.isException() ? null : v.text();
    }
}
