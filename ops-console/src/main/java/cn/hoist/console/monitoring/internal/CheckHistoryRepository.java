package cn.hoist.console.monitoring.internal;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The short history of check results ({@code check_result}). */
@Repository
public class CheckHistoryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public CheckHistoryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(Collection<CheckResultRow> rows) {
        template.batchUpdate("insert into check_result (device_id, check_name, observed_at, status, message,"
                + " duration_ms, metrics) values (?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, row.deviceId());
                    ps.setString(2, row.check());
                    ps.setObject(3, row.observedAt());
                    ps.setString(4, row.status().name());
                    ps.setString(5, row.message());
                    if (row.durationMs() == null) {
                        ps.setNull(6, Types.BIGINT);
                    } else {
                        ps.setLong(6, row.durationMs());
                    }
                    ps.setString(7, row.metricsJson());
                });
    }

    long count(long deviceId, String check, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("select count(*) from check_result where device_id = ? and check_name = ?"
                        + " and observed_at >= ? and observed_at <= ?")
                .params(deviceId, check, from, to).query(Long.class).single();
    }

    /** Results in the time range, oldest first; every {@code step}-th one counting back from the newest. */
    List<Sample> range(long deviceId, String check, OffsetDateTime from, OffsetDateTime to, long step) {
        return jdbc.sql("select observed_at, metrics from (select observed_at, metrics,"
                        + " row_number() over (order by observed_at desc) as back from check_result"
                        + " where device_id = ? and check_name = ? and observed_at >= ? and observed_at <= ?) x"
                        + " where mod(back - 1, ?) = 0 order by observed_at")
                .params(deviceId, check, from, to, step)
                .query((rs, row) -> new Sample(rs.getObject("observed_at", OffsetDateTime.class),
                        rs.getString("metrics")))
                .list();
    }

    /** Deletes up to {@code batch} results older than {@code cutoff}; returns how many. */
    int prune(OffsetDateTime cutoff, int batch) {
        return jdbc.sql("delete from check_result where id in (select id from check_result where observed_at < ?"
                        + " fetch first ? rows only)")
                .params(cutoff, batch).update();
    }

    /** One stored result's time and metrics (JSON). */
    record Sample(OffsetDateTime time, String metricsJson) {
    }
}
