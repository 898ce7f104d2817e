package cn.hoist.crm.audit;

import java.time.OffsetDateTime;

/** One line of the audit log; {@code before} and {@code after} are JSON with personal data masked. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, AuditAction action, String entityType,
        String entityId, String summary, String before, String after) {
}
