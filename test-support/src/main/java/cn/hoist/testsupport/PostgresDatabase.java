package cn.hoist.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL database for one test class, created on the server named by
 * {@code HOIST_TEST_POSTGRES_URL} (default the local server, {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code HOIST_TEST_POSTGRES_USER} or {@code postgres}) and dropped afterwards.
 *
 * <p>Where no server answers the class is skipped with a notice saying so, except under
 * {@code CI=true}: there a missing server fails the build, because CI must prove PostgreSQL works.
 *
 * <pre>
 * &#64;RegisterExtension
 * static PostgresDatabase postgres = new PostgresDatabase();
 * </pre>
 */
public class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    public static final String URL_VARIABLE = "HOIST_TEST_POSTGRES_URL";
    public static final String USER_VARIABLE = "HOIST_TEST_POSTGRES_USER";
    public static final String PASSWORD_VARIABLE = "HOIST_TEST_POSTGRES_PASSWORD";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final String serverUrl;
    private final String user;
    private final String password;
    private String databaseName;

    public PostgresDatabase() {
        this(env(URL_VARIABLE, DEFAULT_URL), env(USER_VARIABLE, "postgres"), env(PASSWORD_VARIABLE, ""));
    }

    PostgresDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Connection admin;
        try {
            admin = connect(serverUrl);
        } catch (SQLException unreachable) {
            String notice = "PostgreSQL is not reachable at " + serverUrl + " (" + unreachable.getMessage()
                    + "); set " + URL_VARIABLE + " to a server where tests may create databases.";
            if (isCi()) {
                throw new IllegalStateException("CI=true requires PostgreSQL. " + notice, unreachable);
            }
            Assumptions.abort("Skipping PostgreSQL tests: " + notice);
            return;
        }
        databaseName = "hoist_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("create database " + databaseName + " encoding 'UTF8' template template0");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (databaseName == null) {
            return;
        }
        try (Connection admin = connect(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + databaseName + " with (force)");
        }
        databaseName = null;
    }

    /** The JDBC URL of this class's database. */
    public String jdbcUrl() {
        if (databaseName == null) {
            throw new IllegalStateException("The database exists only while the test class runs");
        }
        return databaseUrl(serverUrl, databaseName);
    }

    static String databaseUrl(String serverUrl, String databaseName) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + databaseName + (query < 0 ? "" : serverUrl.substring(query));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return connect(jdbcUrl());
    }

    private Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    static boolean isCi() {
        return "true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
