package cn.hoist.crm.audit;

import java.util.List;

/**
 * One audit entry in words, in the reader's language: "{actor} {verb} {objectType} {object} {detail}", e.g. "前台 小李
 * 修改了 客户 周小燕", with the before and after of each changed field. {@code href} links the object's page (none for
 * objects without one, such as a deleted customer). Personal data stays masked as it was stored.
 */
public record AuditLine(AuditEntry entry, String actor, String verb, String objectType, String object, String href,
        String detail, List<Change> changes) {

    /** One field: its label and the values before and after (empty for none). */
    public record Change(String field, String before, String after) {
    }
}
