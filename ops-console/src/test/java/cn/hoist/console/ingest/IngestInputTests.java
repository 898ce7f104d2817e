package cn.hoist.console.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.testsupport.HttpTester;

/**
 * Reports that passed the old schema but not the code (issue 17): numbers beyond 64 bits, a time with more than 9
 * fractional digits, times no clock can mean. Each is a 400 problem naming the field, so the agent sets the report
 * aside instead of retrying it for ever, and nothing of the batch is stored.
 */
@ConsoleTest
class IngestInputTests {

    private static final BigInteger BEYOND_LONG = new BigInteger("9223372036854775808");

    @LocalServerPort
    int port;

    @Test
    void whatTheCodeCannotHoldIsRefusedNamingTheField() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        var agent = ConsoleTestSupport.newAgent(http, "输入边界店");
        Map<String, List<Map<String, Object>>> cases = Map.of(
                "/reports/0/seq", List.of(Map.of("seq", BEYOND_LONG, "time", "2026-11-23T09:30:00Z",
                        "type", "heartbeat", "body", heartbeat(60))),
                "/reports/0/seq ", List.of(Map.of("seq", 9007199254740992L, "time", "2026-11-23T09:30:00Z",
                        "type", "heartbeat", "body", heartbeat(60))),
                "/reports/0/body/uptimeSeconds", List.of(ConsoleTestSupport.report(1, "2026-11-23T09:30:00Z",
                        "heartbeat", heartbeat(BEYOND_LONG))),
                "/reports/0/body/durationMs", List.of(ConsoleTestSupport.report(1, "2026-11-23T09:30:00Z",
                        "check-result", Map.of("device", "sw-1", "check", "ping", "status", "OK",
                                "durationMs", BEYOND_LONG, "metrics", List.of()))),
                "/reports/0/time", List.of(ConsoleTestSupport.report(1, "2026-11-23T09:30:00.1234567891Z",
                        "heartbeat", heartbeat(60))),
                "/reports/0/time ", List.of(ConsoleTestSupport.report(1, "9999-12-31T23:59:59Z", "heartbeat",
                        heartbeat(60))),
                "/reports/0/time  ", List.of(ConsoleTestSupport.report(1, "0000-01-01T00:00:00Z", "heartbeat",
                        heartbeat(60))));
        cases.forEach((field, reports) -> {
            var response = agent.send(http, reports);
            assertThat(response.status()).as(field + " " + response).isEqualTo(400);
            assertThat(response.json().get("type").asString()).isEqualTo("urn:hoist:problem:invalid-report");
            assertThat(response.body()).as(field).contains(field.strip().replace("/body", "/body"));
        });
        var stream = http.get("/api/agents/" + agent.agentId() + "/report-stream")
                .basic("admin", ConsoleTestSupport.ADMIN_PASSWORD).send();
        assertThat(stream.json().get("lastSeq").asLong()).as(stream.toString()).isZero();
        assertThat(agent.sendOk(http, ConsoleTestSupport.heartbeats(1)).get("acceptedThrough").asLong())
                .isEqualTo(1);
    }

    @Test
    void aBatchThatOvertookAnEarlierOneOrJumpsAheadIsNeverAcknowledgedInItsPlace() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        var agent = ConsoleTestSupport.newAgent(http, "编号顺序店");
        var overtaking = agent.send(http, ConsoleTestSupport.heartbeats(11, 12));
        assertThat(overtaking.status()).as(overtaking.toString()).isEqualTo(409);
        assertThat(overtaking.json().get("type").asString()).isEqualTo("urn:hoist:problem:report-sequence-gap");
        assertThat(overtaking.json().get("expectedSeq").asLong()).isEqualTo(1);
        assertThat(overtaking.json().get("detail").asString()).contains("1").contains("11");
        assertThat(agent.sendOk(http, ConsoleTestSupport.heartbeats(1, 2, 3)).get("acceptedThrough").asLong())
                .as("the earlier batch is stored, not taken for a duplicate").isEqualTo(3);
        var wild = agent.send(http, List.of(ConsoleTestSupport.report(9007199254740991L, "2026-11-23T09:30:00Z",
                "heartbeat", heartbeat(60))));
        assertThat(wild.status()).as("a wild number does not swallow what follows").isEqualTo(409);
        assertThat(agent.send(http, ConsoleTestSupport.heartbeats(7), 5).status())
                .as("gapFrom must be the expected number").isEqualTo(409);
        assertThat(agent.sendOk(http, ConsoleTestSupport.heartbeats(4, 5)).get("acceptedThrough").asLong())
                .isEqualTo(5);
    }

    private static Map<String, Object> heartbeat(Object uptime) {
        return Map.of("agentVersion", "0.1.0", "hostname", "shop-server", "os", "Linux", "uptimeSeconds", uptime);
    }
}
