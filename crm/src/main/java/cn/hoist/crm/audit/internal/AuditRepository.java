package cn.hoist.crm.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditEntry;
import cn.hoist.crm.audit.AuditFilter;
import cn.hoist.platform.web.Page;

/** The {@code audit_event} table: append-only. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OffsetDateTime at, String actor, AuditAction action, String entityType, String entityId,
            String summary, String before, String after) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary, before_state,"
                        + " after_state) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(at, actor, action.name(), entityType, entityId, summary, before, after)
                .update();
    }

    public Page<AuditEntry> find(AuditFilter filter, ZoneId zone, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, "actor = ?", filter.actor());
        condition(where, params, "action = ?", filter.action() == null ? null : filter.action().name());
        condition(where, params, "entity_type = ?", filter.entityType());
        condition(where, params, "entity_id = ?", filter.entityId());
        condition(where, params, "occurred_at >= ?", filter.from() == null ? null
                : filter.from().atStartOfDay(zone).toOffsetDateTime());
        condition(where, params, "occurred_at < ?", filter.to() == null ? null
                : filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<AuditEntry> items = jdbc.sql("select * from audit_event" + where
                        + " order by occurred_at desc, id desc limit ? offset ?")
                .params(paged).query(AuditRepository::map).list();
        return new Page<>(items, page, size, total);
    }

    /** Which of these entities the log says were deleted. */
    public Set<String> deleted(String entityType, Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct entity_id from audit_event where entity_type = :type"
                        + " and action = 'DELETE' and entity_id in (:ids)")
                .param("type", entityType).param("ids", entityIds).query(String.class).list());
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(sql);
            params.add(value);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_state"),
                rs.getString("after_state"));
    }
}
