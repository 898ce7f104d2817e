package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;

/** The CRM starts on its default embedded H2 file database, and on PostgreSQL by configuration. */
class DatabaseStartupTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void byDefaultKeepsAnH2FileDatabaseUnderHoistHome(@TempDir Path home) {
        try (var app = ProgramStartup.start(CrmApplication.class, Map.of("hoist.home", home.toString(),
                "spring.datasource.url", "jdbc:h2:file:${hoist.home}/crm/db/crm"))) {
            assertThat(Files.exists(home.resolve("crm/db/crm.mv.db"))).isTrue();
            ProgramStartup.assertSchemaAndAdmin(app);
        }
    }

    @Test
    void runsOnPostgreSqlByConfiguration(@TempDir Path home) {
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        settings.put("hoist.home", home.toString());
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            ProgramStartup.assertSchemaAndAdmin(app);
            assertThat(ProgramStartup.databaseProduct(app)).startsWith("PostgreSQL");
        }
    }
}
