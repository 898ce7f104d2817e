package cn.hoist.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;

/** The console starts on its default embedded H2 file database, and on PostgreSQL by configuration. */
class DatabaseStartupTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void byDefaultKeepsAnH2FileDatabaseUnderHoistHome(@TempDir Path home) {
        try (var app = start(Map.of("hoist.home", home.toString(),
                "spring.datasource.url", "jdbc:h2:file:${hoist.home}/console/db/console"))) {
            assertThat(Files.exists(home.resolve("console/db/console.mv.db"))).isTrue();
            assertStartedWithSchema(app);
        }
    }

    @Test
    void runsOnPostgreSqlByConfiguration(@TempDir Path home) {
        try (var app = start(Map.of("hoist.home", home.toString(), "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", postgres.user(), "spring.datasource.password", postgres.password()))) {
            assertStartedWithSchema(app);
            String product = app.getBean(JdbcClient.class).sql("select version()").query(String.class).single();
            assertThat(product).startsWith("PostgreSQL");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var http = new HttpTester("http://localhost:" + port);
            var created = http.post("/api/shops").basic("admin", "pg-admin-password-01")
                    .json(Map.of("name", "PostgreSQL 门店")).send();
            assertThat(created.status()).isEqualTo(201);
            var listed = http.get("/api/shops").basic("admin", "pg-admin-password-01").send();
            assertThat(listed.json().get("items").get(0).get("shop").get("name").asString()).isEqualTo("PostgreSQL 门店");
        }
    }

    private static void assertStartedWithSchema(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\" = true")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from app_user where username = 'admin'").query(Long.class).single())
                .isEqualTo(1);
    }

    /** Properties as command-line arguments, so they win over the test configuration. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("server.port", "0");
        all.put("hoist.admin.password", "pg-admin-password-01");
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(ConsoleApplication.class).run(args);
    }
}
