package cn.hoist.console.monitoring.internal;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The one place where the console's SQL differs between H2 and PostgreSQL: upserts. PostgreSQL gets
 * {@code INSERT ... ON CONFLICT}, which is atomic under concurrent inserts; H2 gets the standard
 * {@code MERGE ... USING (VALUES ...)}, which (unlike H2's {@code MERGE ... KEY}) can update
 * conditionally. In both, update expressions and the condition name the stored row {@code t} and the
 * new one {@code excluded}.
 */
@Component
public class SqlDialect {

    private final boolean postgres;

    public SqlDialect(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    public boolean postgres() {
        return postgres;
    }

    /**
     * Inserts a row of {@code columns} (parameters in that order), or, where a row with the same
     * {@code keys} exists and {@code condition} holds (null: always), applies {@code updates}.
     */
    public String upsert(String table, List<String> keys, List<String> columns, Map<String, String> updates,
            String condition) {
        String set = updates.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
        if (postgres) {
            return insert(table + " as t", columns) + " on conflict (" + String.join(", ", keys) + ") do update set "
                    + set + (condition == null ? "" : " where " + condition);
        }
        return merge(table, keys, columns) + " when matched" + (condition == null ? "" : " and " + condition)
                + " then update set " + set + notMatched(columns);
    }

    /** Inserts a row of {@code columns} unless one with the same {@code keys} exists. */
    public String insertIfAbsent(String table, List<String> keys, List<String> columns) {
        if (postgres) {
            return insert(table, columns) + " on conflict (" + String.join(", ", keys) + ") do nothing";
        }
        return merge(table, keys, columns) + notMatched(columns);
    }

    private static String insert(String table, List<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders(columns) + ")";
    }

    private static String merge(String table, List<String> keys, List<String> columns) {
        return "merge into " + table + " t using (values (" + placeholders(columns) + ")) excluded ("
                + String.join(", ", columns) + ") on "
                + keys.stream().map(k -> "t." + k + " = excluded." + k).collect(Collectors.joining(" and "));
    }

    private static String notMatched(List<String> columns) {
        return " when not matched then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static String placeholders(List<String> columns) {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }
}
