package cn.hoist.console.monitoring;

import static cn.hoist.console.ConsoleTestSupport.ADMIN_PASSWORD;
import static cn.hoist.console.ConsoleTestSupport.checkResult;
import static cn.hoist.console.ConsoleTestSupport.metric;
import static cn.hoist.console.ConsoleTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.console.ConsoleTestSupport.TestAgent;
import cn.hoist.testsupport.HttpTester;

/** The monitoring pages as staff see them, the runbooks, and who may not see them. */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPagesTests {

    @LocalServerPort
    int port;

    TestAgent agent;
    String shopName;
    long deviceId;
    HttpTester session;

    @BeforeAll
    void reportSomething() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        shopName = "页面门店 " + UUID.randomUUID();
        agent = ConsoleTestSupport.newAgent(http, shopName);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        agent.sendOk(http, List.of(
                report(1, now, "check-result", checkResult("ups-1", "snmp.ups", "CRITICAL", List.of(
                        metric("snmp_ups_on_battery", 1), metric("snmp_ups_charge_percent", 64),
                        metric("snmp_ups_runtime_minutes", 12, "note", "</script><b>x</b>")))),
                report(2, now, "event", Map.of("kind", "ups-on-battery", "severity", "CRITICAL",
                        "message", "UPS on battery (trap)", "device", "ups-1"))));
        deviceId = http.get("/api/shops/" + agent.shopId() + "/devices").basic("admin", ADMIN_PASSWORD).send().json()
                .get("items").get(0).get("id").asLong();
    }

    @BeforeEach
    void signIn() {
        session = new HttpTester("http://localhost:" + port);
        String csrf = session.get("/login").send().body()
                .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        session.post("/login").form(Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", csrf)).send();
    }

    @Test
    void theOverviewListsTheShopWorstFirstAndFilters() {
        var page = session.get("/overview?q=" + java.net.URLEncoder.encode(shopName, java.nio.charset.StandardCharsets.UTF_8))
                .send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(shopName).contains("监控总览").contains("严重");
        var english = session.get("/overview?problems=true&lang=en").send();
        assertThat(english.body()).contains("Monitoring overview").contains(shopName).contains("Critical");
        assertThat(session.get("/").send().header("Location")).get().asString().endsWith("/overview");

        var api = new HttpTester("http://localhost:" + port).get("/api/overview?size=1&q="
                + java.net.URLEncoder.encode(shopName, java.nio.charset.StandardCharsets.UTF_8)).basic("admin", ADMIN_PASSWORD)
                .send().json();
        assertThat(api.get("total").asLong()).isEqualTo(1);
        // UNREACHABLE once the sweeper has marked the silent agent offline (after 2 s in tests)
        assertThat(api.get("items").get(0).get("worst").asString()).isIn("CRITICAL", "UNREACHABLE");
        assertThat(api.get("items").get(0).get("devices").get("CRITICAL").asLong()).isEqualTo(1);
    }

    @Test
    void theShopsDevicesAndEvents() {
        var page = session.get("/shops/" + agent.shopId() + "/devices").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ups-1").contains("ups-on-battery").contains("/runbooks/ups-on-battery");
    }

    @Test
    void theDevicePageHasItsChecksAChartAndNoInjectedScript() {
        var page = session.get("/devices/" + deviceId).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("snmp.ups").contains("id=\"chart-data\"")
                .contains("\"metric\":\"snmp_ups_charge_percent\"").containsPattern("/webjars/chart.js/[0-9.]+/dist/chart.umd.js")
                .doesNotContain("</script><b>");
        var other = session.get("/devices/" + deviceId + "?check=snmp.ups&metric=snmp_ups_runtime_minutes&range=7d")
                .send();
        assertThat(other.body()).contains("\"metric\":\"snmp_ups_runtime_minutes\"");
        assertThat(session.get("/webjars/chart.js/dist/chart.umd.js").send().status()).isEqualTo(200);
        assertThat(session.get("/js/device-chart.js").send().status()).isEqualTo(200);
    }

    @Test
    void unknownDevicesAndShopsAreNotFoundPages() {
        assertThat(session.get("/devices/987654321").send().status()).isEqualTo(404);
        assertThat(session.get("/shops/" + UUID.randomUUID() + "/devices").send().status()).isEqualTo(404);
        assertThat(session.get("/runbooks/no-such-runbook").send().status()).isEqualTo(404);
    }

    @Test
    void runbooksAreListedAndRendered() {
        var list = session.get("/runbooks").send();
        assertThat(list.body()).contains("device-unreachable").contains("spool-overflow").contains("config-invalid");
        var runbook = session.get("/runbooks/ups-on-battery?lang=en").send(); // Chinese by default: RunbookPagesTests
        assertThat(runbook.status()).isEqualTo(200);
        assertThat(runbook.body()).contains("<h2>Meaning</h2>").contains("<h2>Verification</h2>").contains("<pre><code>");
    }

    @Test
    void onlyStaffSeeTheMonitoringPagesAndApi() {
        HttpTester anonymous = new HttpTester("http://localhost:" + port);
        assertThat(anonymous.get("/overview").send().status()).isEqualTo(302);
        assertThat(anonymous.get("/devices/" + deviceId).send().status()).isEqualTo(302);
        assertThat(anonymous.get("/runbooks/ups-on-battery").send().status()).isEqualTo(302);
        assertThat(anonymous.get("/api/overview").send().status()).isEqualTo(401);
        assertThat(anonymous.get("/api/devices/" + deviceId).send().status()).isEqualTo(401);
        assertThat(anonymous.get("/api/devices/" + deviceId).bearer(agent.credential()).send().status())
                .as("an agent's credential is not a staff login").isEqualTo(401);
        assertThat(anonymous.get("/api/overview").basic("metrics", "metrics-test-password").send().status())
                .isEqualTo(403);
        assertThat(anonymous.get("/api/shops/" + agent.shopId() + "/events")
                .basic("registrar", "registrar-test-password").send().status()).isEqualTo(403);
        assertThat(anonymous.get("/overview").basic("metrics", "metrics-test-password").send().status())
                .isIn(302, 403);
    }

    @Test
    void prometheusGetsTheFleetAndTheLatestDeviceMetrics() {
        var scrape = new HttpTester("http://localhost:" + port).get("/actuator/prometheus")
                .basic("metrics", "metrics-test-password").send();
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("hoist_device_metric{check=\"snmp.ups\",device=\"ups-1\",metric=\"snmp_ups_charge_percent\",shop=\""
                        + shopName + "\"} 64.0")
                .contains("hoist_devices{shop=\"" + shopName + "\",state=\"CRITICAL\"} 1.0")
                .contains("hoist_shop_agents{shop=\"" + shopName + "\",status=\"ONLINE\"}")
                .contains("hoist_device_metric_series_dropped")
                .contains("hoist_ingest_reports_total{outcome=\"accepted\"}");
    }
}
