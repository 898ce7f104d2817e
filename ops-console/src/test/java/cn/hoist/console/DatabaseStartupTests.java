package cn.hoist.console;

import static cn.hoist.testsupport.ProgramStartup.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;

/** The console starts on its default embedded H2 file database, and on PostgreSQL by configuration. */
class DatabaseStartupTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void byDefaultKeepsAnH2FileDatabaseUnderHoistHome(@TempDir Path home) {
        try (var app = ProgramStartup.start(ConsoleApplication.class, Map.of("hoist.home", home.toString(),
                "spring.datasource.url", "jdbc:h2:file:${hoist.home}/console/db/console"))) {
            assertThat(Files.exists(home.resolve("console/db/console.mv.db"))).isTrue();
            ProgramStartup.assertSchemaAndAdmin(app);
        }
    }

    @Test
    void runsOnPostgreSqlByConfiguration(@TempDir Path home) {
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        settings.put("hoist.home", home.toString());
        try (var app = ProgramStartup.start(ConsoleApplication.class, settings)) {
            ProgramStartup.assertSchemaAndAdmin(app);
            assertThat(ProgramStartup.databaseProduct(app)).startsWith("PostgreSQL");
            var http = new HttpTester("http://localhost:" + ProgramStartup.port(app));
            var created = http.post("/api/shops").basic("admin", ADMIN_PASSWORD)
                    .json(Map.of("name", "PostgreSQL 门店")).send();
            assertThat(created.status()).isEqualTo(201);
            var listed = http.get("/api/shops").basic("admin", ADMIN_PASSWORD).send();
            assertThat(listed.json().get("items").get(0).get("shop").get("name").asString()).isEqualTo("PostgreSQL 门店");
        }
    }
}
