package cn.hoist.console.incident.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.incident.Signal;
import cn.hoist.console.incident.SignalLevel;
import cn.hoist.console.incident.SignalSource;
import cn.hoist.platform.jdbc.SqlDialect;

/** The journal of incoming signals ({@code incident_signal}). */
@Repository
public class SignalRepository {

    private static final String FILTER = " from incident_signal where shop_id = :shop"
            + " and (cast(:source as varchar(16)) is null or source = :source)";

    private final JdbcClient jdbc;
    private final String insertIfAbsent;

    public SignalRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.insertIfAbsent = dialect.insertIfAbsent("incident_signal", List.of("signal_key"), List.of("signal_key",
                "shop_id", "source", "code", "subject", "subject_kind", "level", "state", "previous_state", "message",
                "occurred_at", "recorded_at"));
    }

    /** Records the signal unless one with its key is recorded; returns whether it was new. */
    boolean record(NewSignal signal, OffsetDateTime now) {
        return jdbc.sql(insertIfAbsent).params(signal.key(), signal.shopId(), signal.source().name(), signal.code(),
                signal.subject(), signal.subjectKind(), signal.level().name(), signal.state(), signal.previousState(),
                signal.message(), signal.occurredAt(), now).update() > 0;
    }

    /** A page of the shop's signals, newest first; {@code source} filters when not null. */
    public List<Signal> page(UUID shopId, SignalSource source, int page, int size) {
        return jdbc.sql("select *" + FILTER + " order by occurred_at desc, id desc limit :size offset :offset")
                .param("shop", shopId).param("source", source == null ? null : source.name())
                .param("size", size).param("offset", (long) page * size)
                .query(SignalRepository::map).list();
    }

    public long count(UUID shopId, SignalSource source) {
        return jdbc.sql("select count(*)" + FILTER).param("shop", shopId)
                .param("source", source == null ? null : source.name()).query(Long.class).single();
    }

    private static Signal map(ResultSet rs, int row) throws SQLException {
        return new Signal(rs.getLong("id"), rs.getObject("shop_id", UUID.class),
                SignalSource.valueOf(rs.getString("source")), rs.getString("code"), rs.getString("subject"),
                rs.getString("subject_kind"), SignalLevel.valueOf(rs.getString("level")), rs.getString("state"),
                rs.getString("previous_state"), rs.getString("message"),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
