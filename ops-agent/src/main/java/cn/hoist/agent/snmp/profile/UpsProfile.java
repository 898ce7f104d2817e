package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.Severity;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * UPS-MIB (RFC 1628): battery status, output source, charge and runtime.
 *
 * <p>Metrics: {@code snmp_ups_battery_status} (1 unknown, 2 normal, 3 low, 4 depleted), {@code snmp_ups_on_battery}
 * (1/0), {@code snmp_ups_charge_percent} (%), {@code snmp_ups_runtime_minutes} (min),
 * {@code snmp_ups_seconds_on_battery} (s). Observations, every poll while true: {@code ups.on_battery} (WARNING),
 * {@code ups.battery_low} (CRITICAL, status low or depleted).
 */
public final class UpsProfile implements SnmpProfile {

    static final SnmpOid BATTERY_STATUS = SnmpOid.of("1.3.6.1.2.1.33.1.2.1.0");
    static final SnmpOid SECONDS_ON_BATTERY = SnmpOid.of("1.3.6.1.2.1.33.1.2.2.0");
    static final SnmpOid MINUTES_REMAINING = SnmpOid.of("1.3.6.1.2.1.33.1.2.3.0");
    static final SnmpOid CHARGE_REMAINING = SnmpOid.of("1.3.6.1.2.1.33.1.2.4.0");
    static final SnmpOid OUTPUT_SOURCE = SnmpOid.of("1.3.6.1.2.1.33.1.4.1.0");
    static final int SOURCE_BATTERY = 5;

    @Override
    public String name() {
        return "ups";
    }

    @Override
    public CompletableFuture<ProfileResult> poll(SnmpClient client, SnmpTarget target, DeviceState state) {
        return client.get(target, List.of(BATTERY_STATUS, SECONDS_ON_BATTERY, MINUTES_REMAINING, CHARGE_REMAINING,
                OUTPUT_SOURCE)).thenApply(vbs -> evaluate(target, vbs));
    }

    ProfileResult evaluate(SnmpTarget target, List<SnmpVarbind> vbs) {
        Map<SnmpOid, Double> v = new HashMap<>();
        for (SnmpVarbind vb : vbs) {
            if (vb.value() instanceof SnmpValue.Integer32 || vb.value() instanceof SnmpValue.Gauge32) {
                v.put(vb.oid(), vb.value().number().getAsDouble());
            }
        }
        ProfileResult.Builder r = new ProfileResult.Builder(name());
        Map<String, String> none = Map.of();
        Double status = v.get(BATTERY_STATUS);
        Double source = v.get(OUTPUT_SOURCE);
        Double charge = v.get(CHARGE_REMAINING);
        Double minutes = v.get(MINUTES_REMAINING);
        if (status != null) {
            r.metric("snmp_ups_battery_status", none, status, "");
        }
        if (charge != null) {
            r.metric("snmp_ups_charge_percent", none, charge, "%");
        }
        if (minutes != null) {
            r.metric("snmp_ups_runtime_minutes", none, minutes, "min");
        }
        if (v.containsKey(SECONDS_ON_BATTERY)) {
            r.metric("snmp_ups_seconds_on_battery", none, v.get(SECONDS_ON_BATTERY), "s");
        }
        if (source != null) {
            boolean onBattery = source.intValue() == SOURCE_BATTERY;
            r.metric("snmp_ups_on_battery", none, onBattery ? 1 : 0, "");
            if (onBattery) {
                r.observe("ups.on_battery", Severity.WARNING, "UPS " + target.host() + " is on battery"
                        + (minutes != null ? ", about " + minutes.intValue() + " min left" : ""),
                        charge == null ? none : Map.of("chargePercent", Integer.toString(charge.intValue())));
            }
        }
        if (status != null && (status.intValue() == 3 || status.intValue() == 4)) {
            r.observe("ups.battery_low", Severity.CRITICAL, "UPS " + target.host() + " battery is "
                    + (status.intValue() == 3 ? "low" : "depleted"), none);
        }
        return r.build();
    }
}
