package cn.hoist.console.monitoring;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Something an agent reported as it happened.
 *
 * @param device the device it concerns, if any (the name the agent used)
 * @param runbook the runbook for this kind of event, if there is one
 */
public record DeviceEvent(long id, UUID shopId, UUID agentId, String device, String kind, String severity,
        String message, Map<String, String> attributes, OffsetDateTime occurredAt, OffsetDateTime receivedAt,
        String runbook) {
}
