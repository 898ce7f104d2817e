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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.console.ConsoleTestSupport.TestAgent;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** Inventory, check results and events from an agent, through the real HTTP ingest, into the device API. */
@ConsoleTest
class MonitoringIngestTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    static String ago(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> inventory(Map<String, Object>... devices) {
        return Map.of("devices", List.of(devices));
    }

    static Map<String, Object> device(String name, String kind, String... checks) {
        return Map.of("name", name, "kind", kind, "address", "192.168.1.2", "checks", List.of(checks));
    }

    @Test
    void inventoryResultsAndEventsBecomeTheShopsDevices() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "监控门店 " + UUID.randomUUID());
        agent.sendOk(http, List.of(
                report(1, ago(5), "inventory", inventory(device("core-switch", "switch", "snmp.system", "snmp.interfaces"),
                        device("front-printer", "printer", "snmp.printer"))),
                report(2, ago(4), "check-result", checkResult("core-switch", "snmp.interfaces", "OK", List.of(
                        metric("snmp_if_in_bits_per_second", 1000, "ifName", "Gi0/1"),
                        metric("snmp_if_in_bits_per_second", 2000, "ifName", "Gi0/2")))),
                report(3, ago(3), "check-result", checkResult("core-switch", "snmp.interfaces", "WARNING", List.of(
                        metric("snmp_if_in_bits_per_second", 1500, "ifName", "Gi0/1")))),
                report(4, ago(3), "check-result", checkResult("front-printer", "snmp.printer", "CRITICAL", List.of(
                        metric("snmp_printer_supply_level_percent", 2, "supply", "Black Toner")))),
                report(5, ago(2), "event", Map.of("kind", "link-down", "severity", "WARNING",
                        "message", "Port Gi0/7 went down", "device", "core-switch",
                        "attributes", Map.of("ifName", "Gi0/7"))),
                report(6, ago(1), "event", Map.of("kind", "spool-overflow", "severity", "CRITICAL",
                        "message", "dropped 3"))));

        JsonNode devices = get("/api/shops/" + agent.shopId() + "/devices");
        assertThat(devices.get("total").asLong()).isEqualTo(2);
        assertThat(devices.get("items").get(0).get("name").asString()).as("worst first").isEqualTo("front-printer");
        assertThat(devices.get("items").get(0).get("state").asString()).isEqualTo("CRITICAL");
        JsonNode switchDevice = devices.get("items").get(1);
        assertThat(switchDevice.get("state").asString()).isEqualTo("WARNING");
        assertThat(switchDevice.get("kind").asString()).isEqualTo("switch");
        assertThat(switchDevice.get("checks").valueStream().map(JsonNode::asString))
                .containsExactly("snmp.system", "snmp.interfaces");

        JsonNode detail = get("/api/devices/" + switchDevice.get("id").asLong());
        JsonNode check = detail.get("checks").get(0);
        assertThat(check.get("check").asString()).isEqualTo("snmp.interfaces");
        assertThat(check.get("status").asString()).isEqualTo("WARNING");
        assertThat(check.get("metrics").get(0).get("value").asDouble()).isEqualTo(1500);
        assertThat(check.get("runbook").asString()).isEqualTo("interface-down");

        JsonNode history = get("/api/devices/" + switchDevice.get("id").asLong()
                + "/history?check=snmp.interfaces&metric=snmp_if_in_bits_per_second");
        assertThat(history.get("series")).hasSize(2);
        JsonNode gi01 = history.get("series").valueStream()
                .filter(s -> s.get("labels").get("ifName").asString().equals("Gi0/1")).findFirst().orElseThrow();
        assertThat(gi01.get("points").valueStream().map(p -> p.get("value").asDouble())).containsExactly(1000.0, 1500.0);

        JsonNode events = get("/api/shops/" + agent.shopId() + "/events");
        assertThat(events.get("items").valueStream().map(e -> e.get("kind").asString()))
                .as("newest first").containsExactly("spool-overflow", "link-down");
        assertThat(events.get("items").get(1).get("attributes").get("ifName").asString()).isEqualTo("Gi0/7");
        assertThat(events.get("items").get(1).get("runbook").asString()).isEqualTo("interface-down");
        assertThat(get("/api/shops/" + agent.shopId() + "/events?device=core-switch").get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/shops/" + agent.shopId() + "/devices/front-printer").get("device").get("kind").asString())
                .isEqualTo("printer");
    }

    @Test
    void aResultForAnUnknownDeviceCreatesItAndALaterInventoryRetiresWhatItNoLongerLists() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "未知设备门店 " + UUID.randomUUID());
        agent.sendOk(http, List.of(
                report(1, ago(5), "check-result", checkResult("pos-9", "tcp", "UNREACHABLE", List.of())),
                report(2, ago(4), "inventory", inventory(device("nas", "nas", "icmp")))));
        JsonNode shown = get("/api/shops/" + agent.shopId() + "/devices");
        assertThat(shown.get("items").valueStream().map(d -> d.get("name").asString())).containsExactly("nas");
        JsonNode all = get("/api/shops/" + agent.shopId() + "/devices?retired=true");
        JsonNode pos = all.get("items").valueStream().filter(d -> d.get("name").asString().equals("pos-9"))
                .findFirst().orElseThrow();
        assertThat(pos.get("kind").asString()).isEqualTo("other");
        assertThat(pos.get("state").asString()).isEqualTo("UNREACHABLE");
        assertThat(pos.get("retiredAt").isNull()).isFalse();
        assertThat(get("/api/devices/" + pos.get("id").asLong() + "/history?check=tcp&metric=check_latency_ms")
                .get("deviceId").asLong()).as("its history is kept").isEqualTo(pos.get("id").asLong());

        agent.sendOk(http, List.of(report(3, ago(1), "check-result", checkResult("pos-9", "tcp", "OK", List.of()))));
        assertThat(get("/api/shops/" + agent.shopId() + "/devices").get("total").asLong())
                .as("a result brings a retired device back").isEqualTo(2);
    }

    @Test
    void aResentBatchIsStoredOnceAndAnOlderResultNeverReplacesTheLatest() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "重发门店 " + UUID.randomUUID());
        List<Map<String, Object>> batch = List.of(
                report(1, ago(3), "check-result", checkResult("router", "icmp", "OK",
                        List.of(metric("check_latency_ms", 3)))),
                report(2, ago(10), "check-result", checkResult("router", "icmp", "CRITICAL",
                        List.of(metric("check_latency_ms", 900)))));
        agent.sendOk(http, batch);
        JsonNode again = agent.sendOk(http, batch);
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);

        long id = get("/api/shops/" + agent.shopId() + "/devices").get("items").get(0).get("id").asLong();
        JsonNode detail = get("/api/devices/" + id);
        assertThat(detail.get("checks").get(0).get("status").asString()).isEqualTo("OK");
        assertThat(detail.get("device").get("state").asString()).isEqualTo("OK");
        JsonNode history = get("/api/devices/" + id + "/history?check=icmp&metric=check_latency_ms");
        assertThat(history.get("series").get(0).get("points")).hasSize(2);
    }

    @Test
    void anAgentWritesOnlyItsOwnShopsDevices() {
        TestAgent a = ConsoleTestSupport.newAgent(http, "甲门店 " + UUID.randomUUID());
        TestAgent b = ConsoleTestSupport.newAgent(http, "乙门店 " + UUID.randomUUID());
        a.sendOk(http, List.of(report(1, ago(1), "check-result", checkResult("shared-name", "icmp", "CRITICAL", List.of())),
                report(2, ago(1), "event", Map.of("kind", "device-rebooted", "severity", "INFO", "message", "up again",
                        "device", "shared-name"))));
        b.sendOk(http, List.of(report(1, ago(1), "check-result", checkResult("shared-name", "icmp", "OK", List.of()))));

        assertThat(get("/api/shops/" + a.shopId() + "/devices").get("items").get(0).get("state").asString())
                .isEqualTo("CRITICAL");
        assertThat(get("/api/shops/" + b.shopId() + "/devices").get("items").get(0).get("state").asString())
                .isEqualTo("OK");
        assertThat(get("/api/shops/" + b.shopId() + "/events").get("total").asLong()).isZero();
        assertThat(get("/api/shops/" + a.shopId() + "/events").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theApiAnswersBadInputWithProblems() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "参数门店 " + UUID.randomUUID());
        var unknownShop = http.get("/api/shops/" + UUID.randomUUID() + "/devices").basic("admin", ADMIN_PASSWORD).send();
        assertThat(unknownShop.status()).isEqualTo(404);
        assertThat(unknownShop.json().get("type").asString()).isEqualTo("urn:hoist:problem:not-found");
        assertThat(http.get("/api/devices/999999999").basic("admin", ADMIN_PASSWORD).send().status()).isEqualTo(404);
        var badCheck = http.get("/api/devices/1/history?check=DROP%20TABLE&metric=x").basic("admin", ADMIN_PASSWORD)
                .send();
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.json().get("type").asString()).isEqualTo("urn:hoist:problem:validation");
        var badTime = http.get("/api/devices/1/history?check=icmp&metric=x&from=yesterday")
                .basic("admin", ADMIN_PASSWORD).send();
        assertThat(badTime.status()).isEqualTo(400);
        var badSeverity = http.get("/api/shops/" + agent.shopId() + "/events?severity=LOUD")
                .basic("admin", ADMIN_PASSWORD).language("en").send();
        assertThat(badSeverity.status()).isEqualTo(400);
        assertThat(badSeverity.json().get("title").asString()).isEqualTo("Invalid data");
        var missingCheck = http.get("/api/devices/1/history?metric=x").basic("admin", ADMIN_PASSWORD).send();
        assertThat(missingCheck.status()).isEqualTo(400);
    }

    @Test
    void aBatchThatBreaksTheSchemaWritesNothing() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "半写门店 " + UUID.randomUUID());
        var refused = agent.send(http, List.of(
                report(1, ago(2), "check-result", checkResult("switch-1", "snmp.system", "OK", List.of())),
                report(2, ago(1), "check-result", Map.of("device", "switch-1", "check", "snmp.system", "status", "FINE"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(get("/api/shops/" + agent.shopId() + "/devices").get("total").asLong()).isZero();
        assertThat(get("/api/agents/" + agent.agentId() + "/report-stream").get("lastSeq").asLong()).isZero();
    }

    @Test
    void theReportStreamCountsProcessedReportsAndGaps() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "计数门店 " + UUID.randomUUID());
        agent.sendOk(http, ConsoleTestSupport.heartbeats(1, 2, 3));
        var gap = agent.send(http, ConsoleTestSupport.heartbeats(3, 6));
        assertThat(gap.status()).as("a hole is never acknowledged").isEqualTo(409);
        assertThat(gap.json().get("expectedSeq").asLong()).isEqualTo(4);
        assertThat(agent.send(http, ConsoleTestSupport.heartbeats(3, 6), 4).status()).as("declared lost").isEqualTo(200);
        JsonNode stream = get("/api/agents/" + agent.agentId() + "/report-stream");
        assertThat(stream.get("lastSeq").asLong()).isEqualTo(6);
        assertThat(stream.get("processed").asLong()).isEqualTo(4);
        assertThat(stream.get("gaps").asLong()).isEqualTo(2);
    }

    private JsonNode get(String path) {
        var response = http.get(path).basic("admin", ADMIN_PASSWORD).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
