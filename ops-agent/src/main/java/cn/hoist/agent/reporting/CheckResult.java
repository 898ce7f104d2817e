package cn.hoist.agent.reporting;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The check-result report's body: one check of one device at one time. Within the protocol's limits: at most 2000
 * metrics (the message says how many more there were), no metric whose value is not a finite number, the message
 * cut to 1000 characters, at most 50 properties; an empty message is left out.
 *
 * @param device     the configured device name ({@code agent-host} for the agent's own server)
 * @param check      what was checked: snmp.system, tcp.22, http, host, ...
 * @param status     OK, WARNING, CRITICAL, UNKNOWN or UNREACHABLE
 * @param message    what it found, or null
 * @param durationMs how long it took
 * @param metrics    what it measured
 * @param properties descriptive facts (sysDescr, certificate subject...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckResult(String device, String check, String status, String message, Long durationMs,
        List<Metric> metrics, Map<String, String> properties) implements ReportBody {

    static final int MAX_METRICS = 2000;

    public CheckResult {
        metrics = metrics == null ? List.of() : metrics;
        message = message == null || message.isEmpty() ? null : message;
        if (metrics.size() > MAX_METRICS) {
            message = (message == null ? "" : message + "; ") + "only the first " + MAX_METRICS + " of "
                    + metrics.size() + " metrics sent";
            metrics = metrics.subList(0, MAX_METRICS);
        }
        metrics = metrics.stream().filter(m -> Double.isFinite(m.value())).toList();
        message = Limits.cut(message, Limits.MAX_TEXT);
        durationMs = durationMs == null ? null : Math.max(0, durationMs);
        properties = Limits.texts(properties);
    }
}
