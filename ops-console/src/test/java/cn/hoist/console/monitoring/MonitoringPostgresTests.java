package cn.hoist.console.monitoring;

import static cn.hoist.console.ConsoleTestSupport.checkResult;
import static cn.hoist.console.ConsoleTestSupport.metric;
import static cn.hoist.console.ConsoleTestSupport.report;
import static cn.hoist.testsupport.ProgramStartup.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.console.ConsoleApplication;
import cn.hoist.console.ConsoleTestSupport.TestAgent;
import cn.hoist.console.monitoring.internal.HistoryPruner;
import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;
import tools.jackson.databind.JsonNode;

/** The monitoring SQL (upserts, batches, sampling, pruning) on PostgreSQL, through the real HTTP API. */
class MonitoringPostgresTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void ingestQueriesAndPruningWorkOnPostgreSql(@TempDir Path home) {
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        settings.put("hoist.home", home.toString());
        settings.put("hoist.metrics.password", "pg-metrics-password");
        settings.put("hoist.console.monitoring.chart-points", "2");
        try (var app = ProgramStartup.start(ConsoleApplication.class, settings)) {
            HttpTester http = new HttpTester("http://localhost:" + ProgramStartup.port(app));
            TestAgent agent = newAgent(http);
            List<Map<String, Object>> batch = List.of(
                    report(1, ago(60 * 24 * 10), "check-result", checkResult("sw", "snmp.interfaces", "OK", List.of())),
                    report(2, ago(5), "inventory", Map.of("devices", List.of(
                            Map.of("name", "sw", "kind", "switch", "checks", List.of("snmp.interfaces")),
                            Map.of("name", "printer", "kind", "printer")))),
                    report(3, ago(4), "check-result", checkResult("sw", "snmp.interfaces", "WARNING",
                            List.of(metric("snmp_if_in_bits_per_second", 10, "ifName", "Gi0/1")))),
                    report(4, ago(3), "check-result", checkResult("sw", "snmp.interfaces", "OK",
                            List.of(metric("snmp_if_in_bits_per_second", 20, "ifName", "Gi0/1")))),
                    report(5, ago(9), "check-result", checkResult("sw", "snmp.interfaces", "CRITICAL",
                            List.of(metric("snmp_if_in_bits_per_second", 99, "ifName", "Gi0/1")))),
                    report(6, ago(2), "check-result", checkResult("sw", "snmp.interfaces", "OK",
                            List.of(metric("snmp_if_in_bits_per_second", 30, "ifName", "Gi0/1")))),
                    report(7, ago(1), "event", Map.of("kind", "link-down", "severity", "WARNING", "message", "Gi0/7",
                            "device", "sw")));
            agent.sendOk(http, batch);
            assertThat(agent.sendOk(http, batch).get("duplicates").asInt()).isEqualTo(7);

            JsonNode devices = get(http, "/api/shops/" + agent.shopId() + "/devices");
            assertThat(devices.get("total").asLong()).isEqualTo(2);
            JsonNode sw = devices.get("items").valueStream().filter(d -> d.get("name").asString().equals("sw"))
                    .findFirst().orElseThrow();
            assertThat(sw.get("state").asString()).isEqualTo("OK");
            JsonNode detail = get(http, "/api/devices/" + sw.get("id").asLong());
            assertThat(detail.get("checks").get(0).get("metrics").get(0).get("value").asDouble()).isEqualTo(30);

            JsonNode history = get(http, "/api/devices/" + sw.get("id").asLong()
                    + "/history?check=snmp.interfaces&metric=snmp_if_in_bits_per_second");
            assertThat(history.get("sampled").asBoolean()).isTrue();
            assertThat(history.get("series").get(0).get("points").valueStream().map(p -> p.get("value").asDouble()))
                    .as("every 2nd of 4, counting back from the newest").containsExactly(10.0, 30.0);

            app.getBean(HistoryPruner.class).prune();
            assertThat(get(http, "/api/devices/" + sw.get("id").asLong() + "/history?check=snmp.interfaces"
                    + "&metric=snmp_if_in_bits_per_second&from=" + ago(60 * 24 * 30)).get("series").get(0)
                    .get("points")).hasSize(2);
            assertThat(get(http, "/api/shops/" + agent.shopId() + "/events").get("total").asLong()).isEqualTo(1);
            assertThat(get(http, "/api/overview").get("items").get(0).get("worst").asString()).isEqualTo("OK");

            var scrape = http.get("/actuator/prometheus").basic("metrics", "pg-metrics-password").send();
            assertThat(scrape.body()).contains("hoist_device_metric{check=\"snmp.interfaces\",device=\"sw\","
                    + "ifName=\"Gi0/1\",metric=\"snmp_if_in_bits_per_second\",shop=\"PostgreSQL 监控\"} 30.0");

            // The device's first state and the event reach the incident module through the registry, once each
            // although the batch came twice.
            List<String> signals = await().atMost(Duration.ofSeconds(30)).until(() -> get(http,
                    "/api/incidents/signals?shopId=" + agent.shopId()).get("items").valueStream()
                    .map(s -> s.get("source").asString() + " " + s.get("subject").asString() + " "
                            + s.get("state").asString()).toList(), items -> items.size() >= 2);
            assertThat(signals).containsExactly("DEVICE_EVENT sw WARNING", "DEVICE sw OK");
            await().atMost(Duration.ofSeconds(10)).until(() -> app.getBean(JdbcClient.class)
                    .sql("select count(*) from event_publication").query(Long.class).single() == 0);
        }
    }

    private static TestAgent newAgent(HttpTester http) {
        String shop = http.post("/api/shops").basic("admin", ADMIN_PASSWORD).json(Map.of("name", "PostgreSQL 监控"))
                .send().json().get("id").asString();
        String code = http.post("/api/shops/" + shop + "/enrollment-codes").basic("admin", ADMIN_PASSWORD).send().json()
                .get("code").asString();
        JsonNode enrolled = http.post("/api/agent/v1/enroll").json(Map.of("protocol", 1, "code", code,
                "agent", Map.of("hostname", "pg-host", "os", "Linux", "agentVersion", "0.1.0"))).send().json();
        return new TestAgent(shop, enrolled.get("agentId").asString(), enrolled.get("credential").asString());
    }

    private static JsonNode get(HttpTester http, String path) {
        var response = http.get(path).basic("admin", ADMIN_PASSWORD).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String ago(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
