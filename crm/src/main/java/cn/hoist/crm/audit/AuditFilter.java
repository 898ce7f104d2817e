package cn.hoist.crm.audit;

import java.time.LocalDate;

/** What a manager narrows the audit log to; every part is optional. */
public record AuditFilter(String actor, AuditAction action, String entityType, String entityId, LocalDate from,
        LocalDate to) {

    public static AuditFilter forEntity(String entityType, String entityId) {
        return new AuditFilter(null, null, entityType, entityId, null, null);
    }
}
