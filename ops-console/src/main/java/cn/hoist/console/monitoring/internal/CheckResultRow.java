package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;

import cn.hoist.console.monitoring.CheckStatus;

/**
 * A check result ready to store: its metrics and properties kept as the JSON text the agent sent,
 * so ingest never builds objects it would only serialise again.
 */
record CheckResultRow(long deviceId, String check, CheckStatus status, String message, Long durationMs,
        String metricsJson, String propertiesJson, OffsetDateTime observedAt) {
}
