package cn.hoist.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts a whole Hoist program the way {@code java -jar} would, with settings given as command-line
 * arguments (so they win over test configuration), on a random port.
 */
public final class ProgramStartup {

    public static final String ADMIN_PASSWORD = "startup-admin-password-01";

    private ProgramStartup() {
    }

    public static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        all.putIfAbsent("hoist.admin.password", ADMIN_PASSWORD);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application).run(args);
    }

    /** Settings that point a program at the test's PostgreSQL database. */
    public static Map<String, Object> on(PostgresDatabase postgres) {
        return Map.of("spring.datasource.url", postgres.jdbcUrl(), "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password());
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Flyway applied the program's migrations, and the admin account exists. */
    public static void assertSchemaAndAdmin(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\" = true")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from app_user where username = 'admin'").query(Long.class).single())
                .isEqualTo(1);
    }

    public static String databaseProduct(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select version()").query(String.class).single();
    }
}
