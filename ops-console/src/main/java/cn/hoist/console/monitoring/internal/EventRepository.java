package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agents' events ({@code device_event}), newest first. */
@Repository
public class EventRepository {

    private static final String FILTER = " from device_event where shop_id = :shop"
            + " and (cast(:device as varchar(100)) is null or device_name = :device)"
            + " and (cast(:severity as varchar(16)) is null or severity = :severity)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public EventRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID shopId, UUID agentId, List<EventRow> events, OffsetDateTime now) {
        template.batchUpdate("insert into device_event (shop_id, agent_id, device_name, kind, severity, message,"
                + " attributes, occurred_at, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", events, events.size(),
                (ps, event) -> {
                    ps.setObject(1, shopId);
                    ps.setObject(2, agentId);
                    ps.setString(3, event.device());
                    ps.setString(4, event.kind());
                    ps.setString(5, event.severity());
                    ps.setString(6, event.message());
                    ps.setString(7, event.attributesJson());
                    ps.setObject(8, event.occurredAt());
                    ps.setObject(9, now);
                });
    }

    /** A page of the shop's events, newest first; {@code device} and {@code severity} filter when not null. */
    List<Stored> page(UUID shopId, String device, String severity, int page, int size) {
        return jdbc.sql("select *" + FILTER + " order by occurred_at desc, id desc limit :size offset :offset")
                .param("shop", shopId).param("device", device).param("severity", severity)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getObject("shop_id", UUID.class),
                        rs.getObject("agent_id", UUID.class), new EventRow(rs.getString("device_name"),
                                rs.getString("kind"), rs.getString("severity"), rs.getString("message"),
                                rs.getString("attributes"), rs.getObject("occurred_at", OffsetDateTime.class)),
                        rs.getObject("received_at", OffsetDateTime.class)))
                .list();
    }

    long count(UUID shopId, String device, String severity) {
        return jdbc.sql("select count(*)" + FILTER).param("shop", shopId).param("device", device)
                .param("severity", severity).query(Long.class).single();
    }

    /** Deletes up to {@code batch} events older than {@code cutoff}; returns how many. */
    int prune(OffsetDateTime cutoff, int batch) {
        return jdbc.sql("delete from device_event where id in (select id from device_event where occurred_at < ?"
                        + " fetch first ? rows only)")
                .params(cutoff, batch).update();
    }

    /** An event as reported, its attributes as the JSON object the agent sent (or null). */
    record EventRow(String device, String kind, String severity, String message, String attributesJson,
            OffsetDateTime occurredAt) {
    }

    /** A stored event. */
    record Stored(long id, UUID shopId, UUID agentId, EventRow event, OffsetDateTime receivedAt) {
    }
}
