package cn.hoist.console.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something another module announced, as the incident module recorded it.
 *
 * @param shopId the shop it concerns; null only for a CRM instance that did not say its shop
 * @param code what kind of signal: {@code agent-status}, {@code device-state}, {@code crm-status}, or the kind of
 *        an agent's event ({@code link-down}...)
 * @param subject which thing: the agent's id, the device's name, the CRM instance's id
 * @param subjectKind what kind of thing, where known (the device's kind, the instance's program); else null
 * @param state the source's own state after the change, or the event's severity
 * @param previousState the state before, where the source knows it
 * @param occurredAt when it happened at the source
 * @param recordedAt when the incident module recorded it
 */
public record Signal(long id, UUID shopId, SignalSource source, String code, String subject, String subjectKind,
        SignalLevel level, String state, String previousState, String message, OffsetDateTime occurredAt,
        OffsetDateTime recordedAt) {
}
