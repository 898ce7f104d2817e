package cn.hoist.console.ingest;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * An {@code event} report: something the console should know at once.
 *
 * @param kind what happened ({@code link-down}, {@code ups-on-battery}, {@code spool-overflow}...)
 * @param message one line for people, in the agent's language
 * @param device the configured device name it concerns, or null
 * @param attributes the facts object as sent (string values), or null
 */
public record EventBody(String kind, Severity severity, String message, String device,
        @JacksonInject(value = "attributes", useInput = OptBoolean.FALSE, optional = OptBoolean.TRUE) JsonText attributes)
        implements ReportBody {

    /** How bad an event is, as the protocol names it. */
    public enum Severity {
        INFO, WARNING, CRITICAL
    }
}
