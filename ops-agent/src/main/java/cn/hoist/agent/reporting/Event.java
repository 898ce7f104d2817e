package cn.hoist.agent.reporting;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The event report's body: something the console should know at once. The message is cut to the protocol's 1000
 * characters and the attributes to 50.
 *
 * @param kind       what happened, e.g. link-down, ups-on-battery, spool-overflow
 * @param severity   INFO, WARNING or CRITICAL
 * @param message    one line for people
 * @param device     the configured device it concerns, or null
 * @param attributes facts for rules and people
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String kind, String severity, String message, String device, Map<String, String> attributes)
        implements ReportBody {

    public Event {
        message = Limits.cut(message, Limits.MAX_TEXT);
        attributes = Limits.texts(attributes);
    }
}
