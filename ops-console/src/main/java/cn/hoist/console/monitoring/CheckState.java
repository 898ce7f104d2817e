package cn.hoist.console.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The latest result of one check of a device, and since when its status holds. */
public record CheckState(String check, CheckStatus status, OffsetDateTime statusSince, String message,
        Long durationMs, OffsetDateTime observedAt, List<MetricValue> metrics, Map<String, String> properties,
        String runbook) {
}
