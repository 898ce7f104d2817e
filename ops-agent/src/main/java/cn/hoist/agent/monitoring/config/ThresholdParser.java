package cn.hoist.agent.monitoring.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.config.ConfigMapping;
import cn.hoist.agent.config.ConfigReader;

/** A {@code thresholds:} mapping: name → {warning, critical}, layered over the thresholds that apply already. */
final class ThresholdParser {

    private ThresholdParser() {
    }

    /** {@code inherited} overlaid with what {@code node} (may be null) says. */
    static Map<String, Threshold> parse(ConfigReader reader, Node node, String where, Map<String, Threshold> inherited) {
        Map<String, Threshold> result = new LinkedHashMap<>(inherited);
        if (node == null) {
            return result;
        }
        ConfigMapping all = reader.mapping(node, "thresholds of " + where, MonitoringSection.BUILT_IN_THRESHOLDS.keySet());
        if (all == null) {
            return result;
        }
        for (String name : MonitoringSection.BUILT_IN_THRESHOLDS.keySet()) {
            all.get(name).ifPresent(value -> {
                Threshold t = one(reader, value, "threshold " + name + " of " + where);
                if (t != null) {
                    result.put(name, t);
                }
            });
        }
        return result;
    }

    private static Threshold one(ConfigReader reader, Node node, String what) {
        ConfigMapping f = reader.mapping(node, what, Set.of("warning", "critical"));
        if (f == null) {
            return null;
        }
        if (!f.has("warning") || !f.has("critical")) {
            reader.error(node, what + " needs both 'warning' and 'critical'");
            return null;
        }
        Double warning = f.number(f.get("warning").orElseThrow(), f.label("warning"));
        Double critical = f.number(f.get("critical").orElseThrow(), f.label("critical"));
        return warning == null || critical == null ? null : new Threshold(warning, critical);
    }
}
