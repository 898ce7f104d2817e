package cn.hoist.console.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.hoist.console.ingest.EventBody;
import cn.hoist.console.ingest.JsonText;

/**
 * Published in the transaction that stored an agent's event, once per event.
 *
 * @param device the configured device name it concerns, or null (the agent itself, its spool...)
 * @param kind what happened ({@code link-down}, {@code ups-on-battery}...), as the agent named it
 * @param attributes the event's facts as the agent sent them (an object of strings), or null
 * @param occurredAt when the agent saw it happen
 */
public record DeviceEventReceived(UUID shopId, UUID agentId, String device, String kind, EventBody.Severity severity,
        String message, JsonText attributes, OffsetDateTime occurredAt) {
}
