package cn.hoist.crm.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A notice in the outbox, as the customer's profile shows it. */
public record Notice(UUID id, UUID customerId, UUID vehicleId, NoticeKind kind, String subjectType,
        String subjectId, Map<String, String> params, String link, Instant dueAt, Instant createdAt,
        String createdBy, NoticeStatus status, int attempts, String lastError, Instant sentAt) {
}
