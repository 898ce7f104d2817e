package cn.hoist.agent.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hoist.agent.checks.CheckOutcome;
import cn.hoist.agent.checks.CheckStatus;
import cn.hoist.agent.protocol.Messages;
import cn.hoist.agent.snmp.Metric;

/**
 * Report bodies within the protocol's limits (docs/protocol/v1): device texts from the field (printer supply names,
 * interface descriptions) can be long or many, and a report the console refuses is a report lost.
 */
final class Bodies {

    private static final int MAX_METRICS = 2000;
    private static final int MAX_LABELS = 10;
    private static final int MAX_LABEL_VALUE = 200;
    private static final int MAX_TEXT = 1000;
    private static final int MAX_PROPERTIES = 50;

    private Bodies() {
    }

    static Messages.CheckResult checkResult(String device, String check, CheckOutcome outcome) {
        return checkResult(device, check, outcome.status(), outcome.message(), outcome.durationMs(),
                outcome.metrics(), outcome.properties());
    }

    static Messages.CheckResult checkResult(String device, String check, CheckStatus status, String message,
            long durationMs, List<Messages.Metric> metrics, Map<String, String> properties) {
        List<Messages.Metric> kept = metrics.size() > MAX_METRICS ? metrics.subList(0, MAX_METRICS) : metrics;
        String text = message == null || message.isEmpty() ? null : message;
        if (metrics.size() > MAX_METRICS) {
            text = (text == null ? "" : text + "; ") + "only the first " + MAX_METRICS + " of " + metrics.size()
                    + " metrics sent";
        }
        return new Messages.CheckResult(device, check, status.name(), cut(text, MAX_TEXT), Math.max(0, durationMs),
                kept.stream().filter(m -> Double.isFinite(m.value())).map(Bodies::metric).toList(), texts(properties));
    }

    static List<Messages.Metric> metrics(List<Metric> snmp) {
        List<Messages.Metric> out = new ArrayList<>(snmp.size());
        for (Metric m : snmp) {
            out.add(new Messages.Metric(m.name(), m.labels(), m.value(), m.unit()));
        }
        return out;
    }

    static Messages.Event event(String kind, String severity, String message, String device,
            Map<String, String> attributes) {
        return new Messages.Event(kind, severity, cut(message, MAX_TEXT), device, texts(attributes));
    }

    /** NaN and infinities are not JSON numbers: such metrics are left out rather than sent as a made-up value. */
    private static Messages.Metric metric(Messages.Metric m) {
        Map<String, String> labels = new LinkedHashMap<>();
        m.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(MAX_LABELS).forEach(e -> labels.put(
                e.getKey().replaceAll("[^A-Za-z0-9_]", "_"), cut(e.getValue(), MAX_LABEL_VALUE)));
        return new Messages.Metric(m.name(), labels, m.value(), cut(m.unit(), 20));
    }

    private static Map<String, String> texts(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entrySet().stream().limit(MAX_PROPERTIES).forEach(e -> out.put(e.getKey(), cut(e.getValue(), MAX_TEXT)));
        return out;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
