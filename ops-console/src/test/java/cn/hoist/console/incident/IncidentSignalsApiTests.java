package cn.hoist.console.incident;

import static cn.hoist.console.ConsoleTestSupport.ADMIN_PASSWORD;
import static cn.hoist.console.ConsoleTestSupport.checkResult;
import static cn.hoist.console.ConsoleTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.console.ConsoleTestSupport.TestAgent;
import cn.hoist.testsupport.HttpTester;
import de.codecentric.boot.admin.server.domain.values.Registration;
import de.codecentric.boot.admin.server.services.InstanceRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The whole way: what an agent reports and what Spring Boot Admin sees end up, through the event
 * publication registry, as the shop's signals in {@code GET /api/incidents/signals}.
 */
@ConsoleTest
class IncidentSignalsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    InstanceRegistry registry;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    static String ago(long seconds) {
        return Instant.now().minus(seconds, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Test
    void deviceStatesEventsAndAgentStatusBecomeSignals() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "信号门店 " + UUID.randomUUID());
        agent.sendOk(http, List.of(report(1, ago(30), "check-result", checkResult("front-pos", "icmp", "OK", List.of()))));
        agent.sendOk(http, List.of(
                report(2, ago(20), "check-result", checkResult("front-pos", "icmp", "UNREACHABLE", List.of())),
                report(3, ago(10), "event", Map.of("kind", "ups-on-battery", "severity", "CRITICAL",
                        "message", "市电中断，UPS 供电中", "device", "ups-1"))));

        // The agent never sent a heartbeat: the sweeper (2 s in tests) marks it OFFLINE.
        List<JsonNode> signals = await().atMost(Duration.ofSeconds(30)).until(() -> signals(agent.shopId(), ""),
                items -> items.size() >= 4);

        assertThat(signals).extracting(s -> s.get("source").asString() + " " + s.get("code").asString() + " "
                        + s.get("subject").asString() + " " + s.get("state").asString() + " " + s.get("level").asString())
                .contains("DEVICE device-state front-pos OK OK",
                        "DEVICE device-state front-pos UNREACHABLE CRITICAL",
                        "DEVICE_EVENT ups-on-battery ups-1 CRITICAL CRITICAL",
                        "AGENT agent-status " + agent.agentId() + " OFFLINE CRITICAL");
        JsonNode down = signals.stream().filter(s -> s.get("state").asString().equals("UNREACHABLE")).findFirst()
                .orElseThrow();
        assertThat(down.get("previousState").asString()).isEqualTo("OK");
        assertThat(down.get("subjectKind").asString()).as("a device first seen in a result").isEqualTo("other");
        assertThat(signals(agent.shopId(), "&source=DEVICE_EVENT")).singleElement()
                .satisfies(s -> assertThat(s.get("message").asString()).isEqualTo("市电中断，UPS 供电中"));
    }

    @Test
    void aCrmInstanceGoingOfflineInSpringBootAdminIsASignalOfItsShop() {
        String shop = ConsoleTestSupport.createShop(http, "CRM 门店 " + UUID.randomUUID());
        // Nothing listens on port 9 of the loopback: Spring Boot Admin finds the instance OFFLINE.
        registry.register(Registration.create("hoist-crm", "http://127.0.0.1:9/actuator/health?shop=" + shop)
                .serviceUrl("http://127.0.0.1:9/").metadata("program", "crm").metadata("shop-id", shop).build())
                .block(Duration.ofSeconds(10));

        List<JsonNode> signals = await().atMost(Duration.ofSeconds(60)).until(
                () -> signals(shop, "&source=CRM_INSTANCE"),
                items -> items.stream().anyMatch(s -> s.get("state").asString().equals("OFFLINE")));

        JsonNode offline = signals.stream().filter(s -> s.get("state").asString().equals("OFFLINE")).findFirst()
                .orElseThrow();
        assertThat(offline.get("code").asString()).isEqualTo("crm-status");
        assertThat(offline.get("level").asString()).isEqualTo("CRITICAL");
        assertThat(offline.get("message").asString()).contains("hoist-crm");
    }

    @Test
    void badRequestsAreProblems() {
        var missing = http.get("/api/incidents/signals").basic("admin", ADMIN_PASSWORD).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).get().asString().startsWith("application/problem+json");

        var malformed = http.get("/api/incidents/signals?shopId=not-a-uuid").basic("admin", ADMIN_PASSWORD).send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).get().asString().startsWith("application/problem+json");

        var tooBig = http.get("/api/incidents/signals?shopId=" + UUID.randomUUID() + "&size=501")
                .basic("admin", ADMIN_PASSWORD).send();
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("type").asString()).isEqualTo("urn:hoist:problem:validation");

        var unknown = http.get("/api/incidents/signals?shopId=" + UUID.randomUUID()).basic("admin", ADMIN_PASSWORD)
                .send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:hoist:problem:not-found");

        assertThat(http.get("/api/incidents/signals?shopId=" + UUID.randomUUID()).send().status()).isEqualTo(401);
    }

    @Test
    void anAgentCannotReadSignals() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "代理门店 " + UUID.randomUUID());
        var response = http.get("/api/incidents/signals?shopId=" + agent.shopId()).bearer(agent.credential()).send();
        assertThat(response.status()).isIn(401, 403);
    }

    private List<JsonNode> signals(String shopId, String filter) {
        var response = http.get("/api/incidents/signals?size=500&shopId=" + shopId + filter)
                .basic("admin", ADMIN_PASSWORD).send();
        if (response.status() != 200) {
            throw new AssertionError(response.toString());
        }
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }
}
