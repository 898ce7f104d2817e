package cn.hoist.crm.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.notification.NewNotice;
import cn.hoist.crm.notification.Notice;
import cn.hoist.crm.notification.NoticeKind;
import cn.hoist.crm.notification.NoticeStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code notification_outbox}. */
@Repository
public class OutboxRepository {

    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OutboxRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Notice> insert(UUID id, NewNotice notice, Instant dueAt, Instant now, String actor) {
        if (notice.dedupKey() != null && jdbc.sql("select count(*) from notification_outbox where dedup_key = ?")
                .param(notice.dedupKey()).query(Integer.class).single() > 0) {
            return Optional.empty();
        }
        try {
            jdbc.sql("insert into notification_outbox (id, customer_id, vehicle_id, kind, subject_type, subject_id,"
                            + " params, link, dedup_key, due_at, created_at, created_by, status)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')")
                    .params(id, notice.customerId(), notice.vehicleId(), notice.kind().name(), notice.subjectType(),
                            notice.subjectId(), json.writeValueAsString(new LinkedHashMap<>(notice.params())),
                            notice.link(), notice.dedupKey(), utc(dueAt), utc(now), actor)
                    .update();
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
        return Optional.of(new Notice(id, notice.customerId(), notice.vehicleId(), notice.kind(),
                notice.subjectType(), notice.subjectId(), notice.params(), notice.link(), dueAt, now, actor,
                NoticeStatus.PENDING, 0, null, null));
    }

    public int cancelPending(String subjectType, String subjectId, NoticeKind kind) {
        return jdbc.sql("update notification_outbox set status = 'CANCELLED' where subject_type = ?"
                        + " and subject_id = ? and kind = ? and status = 'PENDING'")
                .params(subjectType, subjectId, kind.name()).update();
    }

    public List<Notice> forCustomer(UUID customerId, int limit) {
        return jdbc.sql("select * from notification_outbox where customer_id = ? order by created_at desc, id"
                        + " limit ?")
                .params(customerId, limit).query(this::map).list();
    }

    public List<Notice> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("select * from notification_outbox where subject_type = ? and subject_id = ?"
                        + " order by created_at, id")
                .params(subjectType, subjectId).query(this::map).list();
    }

    private Notice map(ResultSet rs, int row) throws SQLException {
        Map<String, String> params = json.readValue(rs.getString("params"), PARAMS);
        return new Notice(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("vehicle_id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("subject_type"), rs.getString("subject_id"), params, rs.getString("link"),
                instant(rs, "due_at"), instant(rs, "created_at"), rs.getString("created_by"),
                NoticeStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "sent_at"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
