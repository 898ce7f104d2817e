package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.Severity;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTable;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * IF-MIB: status and traffic per interface from ifTable and ifXTable (GETBULK table reads). Prefers the 64-bit
 * ifHC* counters, falls back to 32-bit ones. A rate sample is dropped, never shown as a spike, after a reboot, when
 * ifCounterDiscontinuityTime changed, or when the rate exceeds the interface speed.
 *
 * <p>Metrics per interface (labels ifIndex, ifName, ifDescr): {@code snmp_if_admin_up}, {@code snmp_if_oper_up}
 * (1/0), {@code snmp_if_speed_bits_per_second} (bit/s), {@code snmp_if_in_bits_per_second},
 * {@code snmp_if_out_bits_per_second} (bit/s), {@code snmp_if_in_errors_per_second},
 * {@code snmp_if_out_errors_per_second}, {@code snmp_if_in_discards_per_second},
 * {@code snmp_if_out_discards_per_second} (1/s). Observations: {@code interface.down} (WARNING, an admin-up interface
 * went oper-down since the last poll), {@code interface.up} (INFO), {@code interface.sample_dropped} (INFO).
 */
public final class InterfaceProfile implements SnmpProfile {

    static final SnmpOid IF_ENTRY = SnmpOid.of("1.3.6.1.2.1.2.2.1");
    static final SnmpOid IFX_ENTRY = SnmpOid.of("1.3.6.1.2.1.31.1.1.1");
    static final SnmpOid DESCR = IF_ENTRY.append(2);
    static final SnmpOid SPEED = IF_ENTRY.append(5);
    static final SnmpOid ADMIN = IF_ENTRY.append(7);
    static final SnmpOid OPER = IF_ENTRY.append(8);
    static final SnmpOid IN_OCTETS = IF_ENTRY.append(10);
    static final SnmpOid IN_DISCARDS = IF_ENTRY.append(13);
    static final SnmpOid IN_ERRORS = IF_ENTRY.append(14);
    static final SnmpOid OUT_OCTETS = IF_ENTRY.append(16);
    static final SnmpOid OUT_DISCARDS = IF_ENTRY.append(19);
    static final SnmpOid OUT_ERRORS = IF_ENTRY.append(20);
    static final SnmpOid NAME = IFX_ENTRY.append(1);
    static final SnmpOid HC_IN = IFX_ENTRY.append(6);
    static final SnmpOid HC_OUT = IFX_ENTRY.append(10);
    static final SnmpOid HIGH_SPEED = IFX_ENTRY.append(15);
    static final SnmpOid DISCONTINUITY = IFX_ENTRY.append(19);

    @Override
    public String name() {
        return "interfaces";
    }

    @Override
    public CompletableFuture<ProfileResult> poll(SnmpClient client, SnmpTarget target, DeviceState state) {
        List<SnmpOid> ifColumns = List.of(DESCR, SPEED, ADMIN, OPER, IN_OCTETS, IN_DISCARDS, IN_ERRORS, OUT_OCTETS,
                OUT_DISCARDS, OUT_ERRORS);
        List<SnmpOid> ifxColumns = List.of(NAME, HC_IN, HC_OUT, HIGH_SPEED, DISCONTINUITY);
        return client.table(target, ifColumns).thenCompose(ifTable -> client.table(target, ifxColumns)
                .thenApply(ifxTable -> evaluate(target, state, ifTable, ifxTable)));
    }

    ProfileResult evaluate(SnmpTarget target, DeviceState state, SnmpTable ifTable, SnmpTable ifxTable) {
        ProfileResult.Builder r = new ProfileResult.Builder(name());
        long now = state.nowMillis();
        for (SnmpTable.Row row : ifTable.rows().values()) {
            SnmpTable.Row x = ifxTable.rows().get(row.index());
            Optional<SnmpValue> nameValue = x == null ? Optional.empty() : x.get(NAME);
            String descr = row.get(DESCR).map(SnmpValue::text).orElse("");
            String ifName = nameValue.map(SnmpValue::text).filter(s -> !s.isEmpty()).orElse(descr);
            Map<String, String> labels = Map.of("ifIndex", row.index().toString(), "ifName", ifName, "ifDescr", descr);
            DeviceState.InterfaceState s = state.interfaces.computeIfAbsent(row.index(),
                    k -> new DeviceState.InterfaceState());
            int admin = (int) num(row.get(ADMIN)).orElse(0);
            int oper = (int) num(row.get(OPER)).orElse(0);
            r.metric("snmp_if_admin_up", labels, admin == 1 ? 1 : 0, "");
            r.metric("snmp_if_oper_up", labels, oper == 1 ? 1 : 0, "");
            status(r, labels, s, admin, oper, ifName);
            double speed = speed(row, x);
            if (speed > 0) {
                r.metric("snmp_if_speed_bits_per_second", labels, speed, "bit/s");
            }
            rates(r, labels, state, s, row, x, speed, now);
        }
        state.interfaces.keySet().retainAll(ifTable.rows().keySet());
        return r.build();
    }

    private static void status(ProfileResult.Builder r, Map<String, String> labels, DeviceState.InterfaceState s,
                               int admin, int oper, String ifName) {
        boolean down = oper == 2 || oper == 6 || oper == 7;
        if (admin == 1 && down && s.operStatus == 1) {
            r.observe("interface.down", Severity.WARNING, "interface " + ifName + " went down", labels);
        } else if (admin == 1 && oper == 1 && s.operStatus != 0 && s.operStatus != 1) {
            r.observe("interface.up", Severity.INFO, "interface " + ifName + " is up again", labels);
        }
        s.operStatus = oper;
    }

    private static void rates(ProfileResult.Builder r, Map<String, String> labels, DeviceState state,
                              DeviceState.InterfaceState s, SnmpTable.Row row, SnmpTable.Row x, double speed,
                              long now) {
        Optional<SnmpValue> hcIn = x == null ? Optional.empty() : x.get(HC_IN);
        Optional<SnmpValue> hcOut = x == null ? Optional.empty() : x.get(HC_OUT);
        boolean hc = hcIn.isPresent() && hcOut.isPresent();
        int bits = hc ? 64 : 32;
        long in = raw(hc ? hcIn : row.get(IN_OCTETS));
        long out = raw(hc ? hcOut : row.get(OUT_OCTETS));
        long disc = x == null ? -1 : x.get(DISCONTINUITY).map(InterfaceProfile::raw).orElse(-1L);
        long inErr = raw(row.get(IN_ERRORS));
        long outErr = raw(row.get(OUT_ERRORS));
        long inDisc = raw(row.get(IN_DISCARDS));
        long outDisc = raw(row.get(OUT_DISCARDS));
        double seconds = (now - s.atMillis) / 1000.0;
        // Without a comparable previous sample (first poll, counter width changed) there is simply no rate yet.
        boolean comparable = s.hasSample && s.counterBits == bits && seconds > 0;
        String dropReason = null;
        if (comparable && state.counterDiscontinuity) {
            dropReason = "device rebooted";
        } else if (comparable && disc != s.discontinuityTime) {
            dropReason = "ifCounterDiscontinuityTime changed";
        }
        if (comparable && dropReason == null) {
            double inRate = CounterMath.delta(s.inOctets, in, bits) * 8 / seconds;
            double outRate = CounterMath.delta(s.outOctets, out, bits) * 8 / seconds;
            if (speed > 0 && (inRate > speed || outRate > speed)) {
                dropReason = "rate above interface speed (counter reset or wrapped more than once)";
            } else {
                r.metric("snmp_if_in_bits_per_second", labels, inRate, "bit/s");
                r.metric("snmp_if_out_bits_per_second", labels, outRate, "bit/s");
                r.metric("snmp_if_in_errors_per_second", labels, CounterMath.delta(s.inErrors, inErr, 32) / seconds,
                        "1/s");
                r.metric("snmp_if_out_errors_per_second", labels,
                        CounterMath.delta(s.outErrors, outErr, 32) / seconds, "1/s");
                r.metric("snmp_if_in_discards_per_second", labels,
                        CounterMath.delta(s.inDiscards, inDisc, 32) / seconds, "1/s");
                r.metric("snmp_if_out_discards_per_second", labels,
                        CounterMath.delta(s.outDiscards, outDisc, 32) / seconds, "1/s");
            }
        }
        if (dropReason != null) {
            r.observe("interface.sample_dropped", Severity.INFO, "traffic sample of " + labels.get("ifName")
                    + " dropped: " + dropReason, Map.of("ifIndex", labels.get("ifIndex"), "reason", dropReason));
        }
        s.hasSample = true;
        s.counterBits = bits;
        s.inOctets = in;
        s.outOctets = out;
        s.inErrors = inErr;
        s.outErrors = outErr;
        s.inDiscards = inDisc;
        s.outDiscards = outDisc;
        s.discontinuityTime = disc;
        s.atMillis = now;
    }

    /** ifHighSpeed (Mbit/s) where known, else ifSpeed (bit/s, tops out at 4.29 Gbit/s). */
    private static double speed(SnmpTable.Row row, SnmpTable.Row x) {
        double high = x == null ? 0 : num(x.get(HIGH_SPEED)).orElse(0);
        if (high > 0) {
            return high * 1_000_000;
        }
        return num(row.get(SPEED)).orElse(0);
    }

    private static java.util.OptionalDouble num(Optional<SnmpValue> v) {
        return v.map(SnmpValue::number).orElse(java.util.OptionalDouble.empty());
    }

    /** Raw counter bits (unsigned 64 for Counter64, 0..2^32-1 otherwise). */
    private static long raw(Optional<SnmpValue> v) {
        return v.map(InterfaceProfile::raw).orElse(0L);
    }

    private static long raw(SnmpValue v) {
        if (v instanceof SnmpValue.Counter64 c) {
            return c.rawBits();
        }
        if (v instanceof SnmpValue.Counter32 c) {
            return c.value();
        }
        if (v instanceof SnmpValue.Gauge32 g) {
            return g.value();
        }
        if (v instanceof SnmpValue.TimeTicks t) {
            return t.hundredths();
        }
        if (v instanceof SnmpValue.Integer32 i) {
            return i.value() & 0xFFFF_FFFFL;
        }
        return 0L;
    }
}
