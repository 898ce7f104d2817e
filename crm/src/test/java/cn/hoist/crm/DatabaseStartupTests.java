package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;

/**
 * The CRM starts on its default embedded H2 file database, and on PostgreSQL by configuration; on
 * both, customers and vehicles are stored and found, and personal data never reaches the disk in clear.
 */
class DatabaseStartupTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void byDefaultKeepsAnH2FileDatabaseUnderHoistHomeWithNoMobileInClear(@TempDir Path home) throws IOException {
        String mobile = "13912345678";
        Path file = home.resolve("crm/db/crm.mv.db");
        try (var app = ProgramStartup.start(CrmApplication.class, Map.of("hoist.home", home.toString(),
                "spring.datasource.url", "jdbc:h2:file:${hoist.home}/crm/db/crm"))) {
            assertThat(Files.exists(file)).isTrue();
            ProgramStartup.assertSchemaAndAdmin(app);
            registerAndFind(app, mobile, "北京市朝阳区建国路88号");
        }
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(content).as("the customer is in the file").contains("v1:");
        assertThat(content).doesNotContain(mobile).doesNotContain("+86" + mobile);
        assertThat(utf8).doesNotContain("建国路88号");
        assertThat(Files.exists(home.resolve("crm/secrets/data.key"))).as("the key lives beside, not inside").isTrue();
    }

    @Test
    void runsOnPostgreSqlByConfiguration(@TempDir Path home) {
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        settings.put("hoist.home", home.toString());
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            ProgramStartup.assertSchemaAndAdmin(app);
            assertThat(ProgramStartup.databaseProduct(app)).startsWith("PostgreSQL");
            // the longest address the forms accept, whose ciphertext needs V7's wider column
            registerAndFind(app, "13912345679", "上海市浦东新区世纪大道一百号".repeat(22).substring(0, 300));
        }
    }

    /**
     * The core of the CRM on this database: register, search each way, merge and undo (the vehicle module's listener
     * moving the duplicate's car through the event publication registry and back), audit.
     */
    private static void registerAndFind(ConfigurableApplicationContext app, String mobile, String address) {
        HttpTester http = new HttpTester("http://localhost:" + ProgramStartup.port(app));
        String pw = ProgramStartup.ADMIN_PASSWORD;
        var customer = http.post("/api/customers").basic("admin", pw).json(Map.of("kind", "PERSON", "name", "数据库测试",
                "mobile", mobile, "source", "WALK_IN", "address", address)).send();
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        String id = customer.json().get("id").asString();
        var car = http.post("/api/customers/" + id + "/vehicles").basic("admin", pw)
                .json(Map.of("plate", "粤BD12345", "vin", "1M8GDM9AXKP042788")).send();
        assertThat(car.status()).as(car.toString()).isEqualTo(201);
        for (String q : new String[] {"BD123", mobile.substring(7), "数据库", "1M8GDM9AXKP042788"}) {
            var found = http.get("/api/customers?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .basic("admin", pw).send();
            assertThat(found.json().get("items").valueStream().map(h -> h.get("id").asString())).as(q).contains(id);
        }
        String other = http.post("/api/customers").basic("admin", pw).json(Map.of("kind", "PERSON", "name", "重复档案",
                "source", "PHONE")).send().json().get("id").asString();
        assertThat(http.post("/api/customers/" + other + "/vehicles").basic("admin", pw)
                .json(Map.of("plate", CrmTestData.plate(), "vin", CrmTestData.vin())).send().status()).isEqualTo(201);
        var merge = http.post("/api/merges").basic("admin", pw).json(Map.of("survivorId", id, "mergedId", other)).send();
        assertThat(merge.status()).as(merge.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> vehicles(http, id) == 2 && vehicles(http, other) == 0);
        assertThat(http.post("/api/merges/" + merge.json().get("id").asString() + "/undo").basic("admin", pw).send()
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> vehicles(http, id) == 1 && vehicles(http, other) == 1);
        var jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        await("every publication completed and removed").atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from event_publication").query(Long.class).single() == 0);
        assertThat(http.get("/api/vehicles?sort=-updatedAt").basic("admin", pw).send().json().get("total").asLong())
                .isEqualTo(2);
    }

    private static int vehicles(HttpTester http, String customer) {
        return http.get("/api/customers/" + customer + "/vehicles").basic("admin", ProgramStartup.ADMIN_PASSWORD).send()
                .json().size();
    }
}
