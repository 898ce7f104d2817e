package cn.hoist.console.ingest;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * A {@code check-result} report: the outcome of one check of one device.
 *
 * @param message null when the agent sent none
 * @param durationMs null when the agent sent none
 * @param metrics the metrics array as sent, or null
 * @param properties the descriptive facts object as sent, or null
 */
public record CheckResultBody(String device, String check, Status status, String message, Long durationMs,
        @JacksonInject(value = "metrics", useInput = OptBoolean.FALSE, optional = OptBoolean.TRUE) JsonText metrics,
        @JacksonInject(value = "properties", useInput = OptBoolean.FALSE, optional = OptBoolean.TRUE) JsonText properties)
        implements ReportBody {

    /** A check's outcome as the protocol names it. */
    public enum Status {
        OK, WARNING, CRITICAL, UNKNOWN, UNREACHABLE
    }
}
