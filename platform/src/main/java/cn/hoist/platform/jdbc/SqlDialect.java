package cn.hoist.platform.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The one place where an application's SQL differs between H2 and PostgreSQL: upserts and bulk writes.
 * PostgreSQL gets {@code INSERT ... ON CONFLICT}, which is atomic under concurrent inserts; H2 gets the
 * standard {@code MERGE ... USING (VALUES ...)}, which (unlike H2's {@code MERGE ... KEY}) can update
 * conditionally. In both, update expressions and the condition name the stored row {@code t} and the
 * new one {@code excluded}. Many rows at once go to PostgreSQL in one statement (COPY, or one array of
 * values per column), since each statement costs the server about as much as writing a row; H2 gets
 * the row statement as a JDBC batch. PostgreSQL reads the values from their {@code toString()}
 * (numbers, strings, and times in ISO 8601).
 *
 * <p>Not a component: an application that wants it declares it as a bean over its own {@link JdbcTemplate}.
 * The PostgreSQL driver is only touched when the database is PostgreSQL.
 */
public class SqlDialect {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public SqlDialect(JdbcTemplate jdbc) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                DatabaseMetaData::getDatabaseProductName);
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
        if (postgres) {
            return insert(table + " as t", columns) + onConflict(keys, updates, condition);
        }
        return merge(table, keys, columns) + " when matched" + (condition == null ? "" : " and " + condition)
                + " then update set " + assignments(updates) + notMatched(columns);
    }

    /** Inserts a row of {@code columns} unless one with the same {@code keys} exists. */
    public String insertIfAbsent(String table, List<String> keys, List<String> columns) {
        if (postgres) {
            return insert(table, columns) + " on conflict (" + String.join(", ", keys) + ") do nothing";
        }
        return merge(table, keys, columns) + notMatched(columns);
    }

    /** Inserts the rows; {@code values} gives a row's values in the order of {@code columns}. PostgreSQL: COPY. */
    public <T> void insertAll(String table, List<Column> columns, Collection<T> rows, Function<T, Object[]> values) {
        if (!postgres) {
            batch(insert(table, names(columns)), rows, values);
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (T row : rows) {
            Object[] value = values.apply(row);
            for (int i = 0; i < value.length; i++) {
                text.append(i == 0 ? "" : "\t");
                copyText(text, value[i]);
            }
            text.append('\n');
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        String copy = "copy " + table + " (" + String.join(", ", names(columns)) + ") from stdin";
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            try {
                in.writeToCopy(data, 0, data.length);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /**
     * {@link #upsert} of many rows, at most one per key; {@code values} gives a row's values in the
     * order of {@code columns}. PostgreSQL: one statement, over one array per column.
     */
    public <T> void upsertAll(String table, List<String> keys, List<Column> columns, Map<String, String> updates,
            String condition, Collection<T> rows, Function<T, Object[]> values) {
        if (!postgres) {
            batch(upsert(table, keys, names(columns), updates, condition), rows, values);
            return;
        }
        String sql = "insert into " + table + " as t (" + String.join(", ", names(columns)) + ") select * from unnest("
                + columns.stream().map(c -> "?::" + c.type() + "[]").collect(Collectors.joining(", ")) + ")"
                + onConflict(keys, updates, condition);
        List<Object[]> all = rows.stream().map(values).toList();
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int c = 0; c < columns.size(); c++) {
                    statement.setArray(c + 1, array(connection, columns.get(c).type(), all, c));
                }
                return statement.executeUpdate();
            }
        });
    }

    private <T> void batch(String sql, Collection<T> rows, Function<T, Object[]> values) {
        jdbc.batchUpdate(sql, rows, rows.size(), (statement, row) -> {
            Object[] value = values.apply(row);
            for (int i = 0; i < value.length; i++) {
                statement.setObject(i + 1, value[i]);
            }
        });
    }

    private static Array array(Connection connection, String type, List<Object[]> rows, int column)
            throws SQLException {
        String[] texts = new String[rows.size()];
        for (int r = 0; r < texts.length; r++) {
            Object value = rows.get(r)[column];
            texts[r] = value == null ? null : value.toString();
        }
        return connection.createArrayOf(type, texts);
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    private static void copyText(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value.toString();
        // Runs between separators go in whole: a metrics document is hundreds of characters, mostly without any.
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = switch (text.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                out.append(text, start, i).append(escaped);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
    }

    private static String onConflict(List<String> keys, Map<String, String> updates, String condition) {
        return " on conflict (" + String.join(", ", keys) + ") do update set " + assignments(updates)
                + (condition == null ? "" : " where " + condition);
    }

    private static String assignments(Map<String, String> updates) {
        return updates.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
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

    /** A column written in bulk: its name, and its type as PostgreSQL names it (for an array of its values). */
    public record Column(String name, String type) {
    }
}
