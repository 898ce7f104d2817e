package cn.hoist.agent.config.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

import cn.hoist.agent.checks.Threshold;

/** A {@code thresholds:} mapping: name → {warning, critical}, layered over the thresholds that apply already. */
final class ThresholdParser {

    private ThresholdParser() {
    }

    /** {@code inherited} overlaid with what {@code node} (may be null) says. */
    static Map<String, Threshold> parse(Nodes nodes, Node node, String where, Map<String, Threshold> inherited) {
        Map<String, Threshold> result = new LinkedHashMap<>(inherited);
        if (node == null) {
            return result;
        }
        Fields all = nodes.fields(node, "thresholds of " + where, ConfigParser.BUILT_IN_THRESHOLDS.keySet());
        if (all == null) {
            return result;
        }
        for (String name : ConfigParser.BUILT_IN_THRESHOLDS.keySet()) {
            all.get(name).ifPresent(value -> {
                Threshold t = one(nodes, value, "threshold " + name + " of " + where);
                if (t != null) {
                    result.put(name, t);
                }
            });
        }
        return result;
    }

    private static Threshold one(Nodes nodes, Node node, String what) {
        Fields f = nodes.fields(node, what, Set.of("warning", "critical"));
        if (f == null) {
            return null;
        }
        if (!f.has("warning") || !f.has("critical")) {
            nodes.error(node, what + " needs both 'warning' and 'critical'");
            return null;
        }
        Double warning = f.number(f.get("warning").orElseThrow(), f.label("warning"));
        Double critical = f.number(f.get("critical").orElseThrow(), f.label("critical"));
        return warning == null || critical == null ? null : new Threshold(warning, critical);
    }
}
