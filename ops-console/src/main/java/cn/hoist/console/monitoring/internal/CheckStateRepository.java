package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.platform.jdbc.SqlDialect;
import cn.hoist.platform.jdbc.SqlDialect.Column;

/** The latest result per device and check ({@code check_state}). */
@Repository
public class CheckStateRepository {

    private static final List<Column> COLUMNS = List.of(new Column("device_id", "bigint"),
            new Column("check_name", "varchar"), new Column("status", "varchar"), new Column("status_rank", "smallint"),
            new Column("message", "varchar"), new Column("duration_ms", "bigint"), new Column("metrics", "text"),
            new Column("properties", "text"), new Column("observed_at", "timestamptz"),
            new Column("status_since", "timestamptz"));
    private static final Map<String, String> UPDATES = updates();

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    public CheckStateRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    private static Map<String, String> updates() {
        Map<String, String> updates = new LinkedHashMap<>();
        List.of("status", "status_rank", "message", "duration_ms", "metrics", "properties", "observed_at")
                .forEach(c -> updates.put(c, "excluded." + c));
        updates.put("status_since", "case when t.status = excluded.status then t.status_since else excluded.observed_at end");
        return updates;
    }

    /** Stores each row as the latest result of its check; at most one row per device and check. */
    void upsert(Collection<CheckResultRow> rows) {
        // A result older than the stored one (a late report of another agent) must not replace it.
        dialect.upsertAll("check_state", List.of("device_id", "check_name"), COLUMNS, UPDATES,
                "t.observed_at <= excluded.observed_at", rows, row -> new Object[] {row.deviceId(), row.check(),
                        row.status().name(), row.status().rank(), row.message(), row.durationMs(), row.metricsJson(),
                        row.propertiesJson(), row.observedAt(), row.observedAt()});
    }

    /** The worst status rank among each device's current checks. */
    Map<Long, Integer> worstRanks(Collection<Long> deviceIds) {
        Map<Long, Integer> worst = new HashMap<>();
        if (!deviceIds.isEmpty()) {
            jdbc.sql("select device_id, max(status_rank) as worst from check_state where device_id in (:ids)"
                            + " group by device_id")
                    .param("ids", deviceIds)
                    .query(rs -> {
                        worst.put(rs.getLong("device_id"), rs.getInt("worst"));
                    });
        }
        return worst;
    }

    /** The names of the checks stored for each of these devices. */
    Map<Long, List<String>> checks(Collection<Long> deviceIds) {
        Map<Long, List<String>> checks = new HashMap<>();
        if (!deviceIds.isEmpty()) {
            jdbc.sql("select device_id, check_name from check_state where device_id in (:ids)")
                    .param("ids", deviceIds)
                    .query(rs -> {
                        checks.computeIfAbsent(rs.getLong("device_id"), id -> new ArrayList<>())
                                .add(rs.getString("check_name"));
                    });
        }
        return checks;
    }

    void delete(long deviceId, Collection<String> checks) {
        jdbc.sql("delete from check_state where device_id = :id and check_name in (:checks)")
                .param("id", deviceId).param("checks", checks).update();
    }

    List<Stored> forDevice(long deviceId) {
        return jdbc.sql("select * from check_state where device_id = ? order by status_rank desc, check_name")
                .param(deviceId)
                .query((rs, row) -> new Stored(rs.getString("check_name"), CheckStatus.valueOf(rs.getString("status")),
                        rs.getObject("status_since", OffsetDateTime.class), rs.getString("message"),
                        rs.getObject("duration_ms", Long.class), rs.getObject("observed_at", OffsetDateTime.class),
                        rs.getString("metrics"), rs.getString("properties")))
                .list();
    }

    /** Every watched device's latest metrics with its shop's name, for the Prometheus export; stops at {@code limit} rows. */
    void eachWithMetrics(int limit, RowCallbackHandler handler) {
        jdbc.sql("select s.id as shop_id, s.name as shop, d.name as device, d.kind, c.check_name, c.metrics"
                        + " from check_state c join device d on d.id = c.device_id join shop s on s.id = d.shop_id"
                        + " where d.retired_at is null and c.metrics is not null order by s.name, d.name, c.check_name"
                        + " limit ?")
                .param(limit).query(handler);
    }

    /** A stored latest result, metrics and properties still as JSON. */
    record Stored(String check, CheckStatus status, OffsetDateTime statusSince, String message, Long durationMs,
            OffsetDateTime observedAt, String metricsJson, String propertiesJson) {
    }
}
