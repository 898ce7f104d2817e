package cn.hoist.crm.audit;

/** What happened to the audited entity. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, REVEAL, MERGE, UNMERGE, IMPORT, EXPORT
}
