package cn.hoist.console.monitoring.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.monitoring.CheckStatus;

/** The latest result per device and check ({@code check_state}). */
@Repository
public class CheckStateRepository {

    private static final List<String> COLUMNS = List.of("device_id", "check_name", "status", "status_rank", "message",
            "duration_ms", "metrics", "properties", "observed_at", "status_since");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final String upsert;

    public CheckStateRepository(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.template = template;
        Map<String, String> updates = new LinkedHashMap<>();
        List.of("status", "status_rank", "message", "duration_ms", "metrics", "properties", "observed_at")
                .forEach(c -> updates.put(c, "excluded." + c));
        updates.put("status_since", "case when t.status = excluded.status then t.status_since else excluded.observed_at end");
        // A result older than the stored one (a late report of another agent) must not replace it.
        this.upsert = dialect.upsert("check_state", List.of("device_id", "check_name"), COLUMNS, updates,
                "t.observed_at <= excluded.observed_at");
    }

    /** Stores each row as the latest result of its check; at most one row per device and check. */
    void upsert(Collection<CheckResultRow> rows) {
        template.batchUpdate(upsert, rows, rows.size(), CheckStateRepository::set);
    }

    private static void set(PreparedStatement ps, CheckResultRow row) throws SQLException {
        ps.setLong(1, row.deviceId());
        ps.setString(2, row.check());
        ps.setString(3, row.status().name());
        ps.setInt(4, row.status().rank());
        ps.setString(5, row.message());
        if (row.durationMs() == null) {
            ps.setNull(6, Types.BIGINT);
        } else {
            ps.setLong(6, row.durationMs());
        }
        ps.setString(7, row.metricsJson());
        ps.setString(8, row.propertiesJson());
        ps.setObject(9, row.observedAt());
        ps.setObject(10, row.observedAt());
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
