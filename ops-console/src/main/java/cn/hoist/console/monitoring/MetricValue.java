package cn.hoist.console.monitoring;

import java.util.Map;

/** One value of a check result, Prometheus-style: a name, labels, the value and its unit. */
public record MetricValue(String name, Map<String, String> labels, double value, String unit) {
}
