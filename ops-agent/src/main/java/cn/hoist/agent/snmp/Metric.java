package cn.hoist.agent.snmp;

import java.util.Map;
import java.util.Objects;

/**
 * One measured value, named Prometheus-style ({@code snmp_if_in_bits_per_second}).
 *
 * @param name   metric name
 * @param labels what it is about (ifIndex, ifName, storage description, ...)
 * @param value  the value
 * @param unit   unit as text ("bit/s", "%", "bytes", "s", "1/s", "min", "" for states and counts)
 */
public record Metric(String name, Map<String, String> labels, double value, String unit) {
    public Metric {
        Objects.requireNonNull(name, "name");
        labels = Map.copyOf(labels);
        unit = unit == null ? "" : unit;
    }
}
