package cn.hoist.agent.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hoist.agent.reporting.Metric;

/**
 * What one run of a check found.
 *
 * @param status     the verdict
 * @param message    one line for people
 * @param durationMs how long the check took
 * @param metrics    measured values
 * @param properties descriptive facts (method used, certificate subject, ...)
 */
public record CheckOutcome(CheckStatus status, String message, long durationMs, List<Metric> metrics,
        Map<String, String> properties) {

    public CheckOutcome {
        metrics = List.copyOf(metrics);
        properties = Map.copyOf(properties);
    }

    /** Collects an outcome while a check runs; the status only ever gets worse. */
    public static final class Builder {
        private final long startNanos = System.nanoTime();
        private CheckStatus status = CheckStatus.OK;
        private final List<String> messages = new ArrayList<>();
        private final List<Metric> metrics = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        public Builder status(CheckStatus worse, String message) {
            status = status.worse(worse);
            if (message != null) {
                messages.add(message);
            }
            return this;
        }

        public Builder message(String message) {
            messages.add(message);
            return this;
        }

        public Builder metric(String name, Map<String, String> labels, double value, String unit) {
            metrics.add(new Metric(name, labels, value, unit));
            return this;
        }

        public Builder property(String key, String value) {
            if (value != null) {
                properties.put(key, value);
            }
            return this;
        }

        public CheckOutcome build() {
            long millis = (System.nanoTime() - startNanos) / 1_000_000;
            return new CheckOutcome(status, String.join("; ", messages), millis, metrics, properties);
        }
    }
}
