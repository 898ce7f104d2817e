package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.platform.jdbc.SqlDialect;
import cn.hoist.platform.jdbc.SqlDialect.Column;

/** The short history of check results ({@code check_result}). */
@Repository
public class CheckHistoryRepository {

    private static final List<Column> COLUMNS = List.of(new Column("device_id", "bigint"),
            new Column("check_name", "varchar"), new Column("observed_at", "timestamptz"),
            new Column("status", "varchar"), new Column("message", "varchar"), new Column("duration_ms", "bigint"),
            new Column("metrics", "text"));

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    public CheckHistoryRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    void insert(Collection<CheckResultRow> rows) {
        dialect.insertAll("check_result", COLUMNS, rows, row -> new Object[] {row.deviceId(), row.check(),
                row.observedAt(), row.status().name(), row.message(), row.durationMs(), row.metricsJson()});
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
