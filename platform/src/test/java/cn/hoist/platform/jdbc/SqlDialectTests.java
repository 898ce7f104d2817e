package cn.hoist.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.hoist.platform.jdbc.SqlDialect.Column;
import cn.hoist.testsupport.PostgresDatabase;

/** The bulk writes on both databases: COPY and one-statement upserts on PostgreSQL, JDBC batches on H2. */
class SqlDialectTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    static final List<Column> COLUMNS = List.of(new Column("id", "bigint"), new Column("note", "text"),
            new Column("at", "timestamptz"), new Column("n", "bigint"));
    static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 123_456_000, ZoneOffset.UTC);
    /** What COPY's text format and array literals must escape or quote, and characters beyond ASCII. */
    static final String AWKWARD = "tab\there, line\nbreak\r\n, back\\slash \\N {\"a\":[1,\"x\"]} 'q' 监控 ✓";

    record Row(long id, String note, OffsetDateTime at, Long n) {
        Object[] values() {
            return new Object[] {id, note, at, n};
        }
    }

    @Test
    void bulkWritesOnPostgreSql() throws Exception {
        bulkWritesOn(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), postgres.password()));
    }

    @Test
    void bulkWritesOnH2() throws Exception {
        bulkWritesOn(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static void bulkWritesOn(DataSource dataSource) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SqlDialect dialect = new SqlDialect(jdbc);
        jdbc.execute("create table bulk (id bigint primary key, note text, at timestamp with time zone not null,"
                + " n bigint)");

        // A whole minute's time is written without seconds (2026-11-23T09:30Z).
        OffsetDateTime minute = T.withSecond(0).withNano(0).withOffsetSameLocal(ZoneOffset.ofHours(8));
        dialect.insertAll("bulk", COLUMNS, List.of(new Row(1, AWKWARD, T, 7L), new Row(2, null, minute, null)),
                Row::values);
        assertThat(rows(jdbc)).containsExactly(new Row(1, AWKWARD, T, 7L),
                new Row(2, null, minute.withOffsetSameInstant(ZoneOffset.UTC), null));

        // Row 1 is newer and replaces the stored one, row 2 is older and does not, row 3 is new.
        dialect.upsertAll("bulk", List.of("id"), COLUMNS,
                Map.of("note", "excluded.note", "at", "excluded.at", "n", "excluded.n"), "t.at <= excluded.at",
                List.of(new Row(1, "newer " + AWKWARD, T.plusSeconds(1), null),
                        new Row(2, "older", T.minusHours(9), 1L), new Row(3, AWKWARD, T, 3L)), Row::values);
        assertThat(rows(jdbc)).containsExactly(new Row(1, "newer " + AWKWARD, T.plusSeconds(1), null),
                new Row(2, null, minute.withOffsetSameInstant(ZoneOffset.UTC), null), new Row(3, AWKWARD, T, 3L));
    }

    private static List<Row> rows(JdbcTemplate jdbc) {
        return jdbc.query("select id, note, at, n from bulk order by id", (rs, i) -> new Row(rs.getLong("id"),
                rs.getString("note"), rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getObject("n", Long.class)));
    }
}
