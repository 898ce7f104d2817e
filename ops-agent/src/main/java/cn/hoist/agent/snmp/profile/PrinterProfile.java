package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.Severity;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTable;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Printer-MIB prtMarkerSuppliesTable (RFC 3805). Levels become a percentage of the maximum capacity only when both are
 * real numbers: -1 (unrestricted/other), -2 (unknown) and -3 (some remaining) get a state and no invented percentage.
 * Waste toner boxes (class receptacleThatIsFilled) fill up instead of draining, so they report how full they are.
 *
 * <p>Metrics (labels index, description, type): {@code snmp_printer_supply_level_percent} (%, consumables),
 * {@code snmp_printer_waste_fill_percent} (%, receptacles), {@code snmp_printer_supply_state} (1, with an extra
 * label state = measured | some_remaining | unknown | unrestricted). Observations: {@code printer.supply.empty}
 * (WARNING), {@code printer.waste.nearly_full} (WARNING, at 90 % or more), {@code printer.waste.full} (CRITICAL).
 */
public final class PrinterProfile implements SnmpProfile {

    static final SnmpOid ENTRY = SnmpOid.of("1.3.6.1.2.1.43.11.1.1");
    static final SnmpOid CLASS = ENTRY.append(4);
    static final SnmpOid TYPE = ENTRY.append(5);
    static final SnmpOid DESCR = ENTRY.append(6);
    static final SnmpOid MAX = ENTRY.append(8);
    static final SnmpOid LEVEL = ENTRY.append(9);
    static final int RECEPTACLE_THAT_IS_FILLED = 4;
    /** A waste box this full needs replacing soon on every printer we know; it is a fact, not a policy knob. */
    static final double WASTE_NEARLY_FULL_PERCENT = 90;
    private static final Map<Integer, String> TYPES = types();

    @Override
    public String name() {
        return "printer";
    }

    @Override
    public CompletableFuture<ProfileResult> poll(SnmpClient client, SnmpTarget target, DeviceState state) {
        return client.table(target, List.of(CLASS, TYPE, DESCR, MAX, LEVEL)).thenApply(this::evaluate);
    }

    ProfileResult evaluate(SnmpTable table) {
        ProfileResult.Builder r = new ProfileResult.Builder(name());
        for (SnmpTable.Row row : table.rows().values()) {
            String descr = row.get(DESCR).map(SnmpValue::text).orElse("supply " + row.index());
            int type = intOf(row, TYPE, 1);
            Map<String, String> labels = Map.of("index", row.index().toString(), "description", descr,
                    "type", TYPES.getOrDefault(type, "other"));
            boolean waste = intOf(row, CLASS, 0) == RECEPTACLE_THAT_IS_FILLED;
            int max = intOf(row, MAX, -2);
            int level = intOf(row, LEVEL, -2);
            String state = level >= 0 && max > 0 ? "measured"
                    : level == -3 ? "some_remaining" : level == -1 ? "unrestricted" : "unknown";
            Map<String, String> withState = new HashMap<>(labels);
            withState.put("state", state);
            r.metric("snmp_printer_supply_state", withState, 1, "");
            if (!"measured".equals(state)) {
                continue;
            }
            double percent = Math.min(100.0, level * 100.0 / max);
            if (waste) {
                r.metric("snmp_printer_waste_fill_percent", labels, percent, "%");
                if (level >= max) {
                    r.observe("printer.waste.full", Severity.CRITICAL, descr + " is full", labels);
                } else if (percent >= WASTE_NEARLY_FULL_PERCENT) {
                    r.observe("printer.waste.nearly_full", Severity.WARNING,
                            descr + " is " + Math.round(percent) + " % full", labels);
                }
            } else {
                r.metric("snmp_printer_supply_level_percent", labels, percent, "%");
                if (level == 0) {
                    r.observe("printer.supply.empty", Severity.WARNING, descr + " is empty", labels);
                }
            }
        }
        return r.build();
    }

    private static int intOf(SnmpTable.Row row, SnmpOid column, int fallback) {
        return row.get(column).filter(v -> v instanceof SnmpValue.Integer32)
                .map(v -> ((SnmpValue.Integer32) v).value()).orElse(fallback);
    }

    private static Map<Integer, String> types() {
        Map<Integer, String> m = new HashMap<>();
        String[] names = {"other", "unknown", "toner", "waste_toner", "ink", "ink_cartridge", "ink_ribbon",
            "waste_ink", "opc", "developer", "fuser_oil", "solid_wax", "ribbon_wax", "waste_wax", "fuser",
            "corona_wire", "fuser_oil_wick", "cleaner_unit", "fuser_cleaning_pad", "transfer_unit", "toner_cartridge",
            "fuser_oiler", "water", "waste_water", "glue_water_additive", "waste_paper", "binding_supply",
            "banding_supply", "stitching_wire", "shrink_wrap", "paper_wrap", "staples", "inserts", "covers"};
        for (int i = 0; i < names.length; i++) {
            m.put(i + 1, names[i]);
        }
        return Map.copyOf(m);
    }
}
