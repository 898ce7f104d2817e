package cn.hoist.agent.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One measured value of a check result, named Prometheus-style. Labels are sorted, at most 10, their names made
 * Prometheus-safe and their values cut to 200 characters; the unit to 20.
 *
 * @param name   e.g. snmp_if_in_bits_per_second
 * @param labels what it is of (ifName, disk...)
 * @param value  the value; NaN and infinities are left out of check results, not sent as a made-up value
 * @param unit   its unit, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metric(String name, Map<String, String> labels, double value, String unit) {

    private static final int MAX_LABELS = 10;
    private static final int MAX_LABEL_VALUE = 200;
    private static final int MAX_UNIT = 20;

    public Metric {
        Map<String, String> kept = new LinkedHashMap<>();
        if (labels != null) {
            labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(MAX_LABELS).forEach(e -> kept.put(
                    e.getKey().replaceAll("[^A-Za-z0-9_]", "_"), Limits.cut(e.getValue(), MAX_LABEL_VALUE)));
        }
        labels = Collections.unmodifiableMap(kept);
        unit = Limits.cut(unit, MAX_UNIT);
    }
}
