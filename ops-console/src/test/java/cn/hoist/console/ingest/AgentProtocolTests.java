package cn.hoist.console.ingest;

import static cn.hoist.console.ConsoleTestSupport.ADMIN_PASSWORD;
import static cn.hoist.console.ConsoleTestSupport.heartbeatBatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.console.ingest.internal.ProtocolSchemas;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** The agent protocol end to end over HTTP, each answer checked against the protocol schema. */
@ConsoleTest
class AgentProtocolTests {

    @LocalServerPort
    int port;

    @Autowired
    ProtocolSchemas schemas;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void anEnrolledAgentGoesOnlineWithItsFirstHeartbeat() {
        String shop = ConsoleTestSupport.createShop(http, "心跳门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        assertThat(schemas.validate("enroll-response", enrolled)).isEmpty();
        assertThat(enrolled.get("shopId").asString()).isEqualTo(shop);
        String agentId = enrolled.get("agentId").asString();
        String credential = enrolled.get("credential").asString();

        assertThat(agent(shop).get("status").asString()).isEqualTo("PENDING");
        var ack = http.post("/api/agent/v1/reports").bearer(credential).json(heartbeatBatch(agentId, 1)).send();
        assertThat(ack.status()).isEqualTo(200);
        assertThat(schemas.validate("report-ack", ack.json())).isEmpty();
        assertThat(ack.json().get("acceptedThrough").asLong()).isEqualTo(1);

        JsonNode agent = agent(shop);
        assertThat(agent.get("status").asString()).isEqualTo("ONLINE");
        assertThat(agent.get("hostname").asString()).isEqualTo("shop-server");
        assertThat(agent.get("uptimeSeconds").asLong()).isEqualTo(60);
        assertThat(Instant.parse(agent.get("lastSeenAt").asString())).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void resentReportsAreProcessedOnlyOnce() {
        String shop = ConsoleTestSupport.createShop(http, "去重门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        String agentId = enrolled.get("agentId").asString();
        String credential = enrolled.get("credential").asString();

        var first = http.post("/api/agent/v1/reports").bearer(credential).json(heartbeatBatch(agentId, 1, 2, 3)).send();
        assertThat(first.json().get("accepted").asInt()).isEqualTo(3);
        var resent = http.post("/api/agent/v1/reports").bearer(credential).json(heartbeatBatch(agentId, 2, 3, 4)).send();
        assertThat(resent.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(resent.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(resent.json().get("acceptedThrough").asLong()).isEqualTo(4);
        assertThat(agent(shop).get("uptimeSeconds").asLong()).isEqualTo(240);
    }

    @Test
    void aCodeWorksOnceAndAWrongCodeNever() {
        String shop = ConsoleTestSupport.createShop(http, "一次性门店 " + UUID.randomUUID());
        String code = ConsoleTestSupport.issueCode(http, shop);
        ConsoleTestSupport.enroll(http, code.toLowerCase().replace("-", " "));
        var reused = http.post("/api/agent/v1/enroll").json(Map.of("protocol", 1, "code", code,
                "agent", Map.of("hostname", "h", "os", "o", "agentVersion", "v"))).send();
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:hoist:problem:enrollment-code-rejected");
        assertThat(schemas.validate("problem", reused.json())).isEmpty();
        var wrong = http.post("/api/agent/v1/enroll").json(Map.of("protocol", 1, "code", "AAAA-BBBB-CCCC",
                "agent", Map.of("hostname", "h", "os", "o", "agentVersion", "v"))).send();
        assertThat(wrong.status()).isEqualTo(400);
    }

    @Test
    void wrongAndRevokedCredentialsAre401() {
        String shop = ConsoleTestSupport.createShop(http, "吊销门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        String agentId = enrolled.get("agentId").asString();
        String credential = enrolled.get("credential").asString();

        var noCredential = http.post("/api/agent/v1/reports").json(heartbeatBatch(agentId, 1)).send();
        assertThat(noCredential.status()).isEqualTo(401);
        var wrong = http.post("/api/agent/v1/reports").bearer(agentId + ".wrongsecret")
                .json(heartbeatBatch(agentId, 1)).send();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("type").asString()).isEqualTo("urn:hoist:problem:agent-credential-rejected");
        assertThat(schemas.validate("problem", wrong.json())).isEmpty();

        assertThat(http.post("/api/agents/" + agentId + "/revoke").basic("admin", ADMIN_PASSWORD).send().status())
                .isEqualTo(204);
        var revoked = http.post("/api/agent/v1/reports").bearer(credential).json(heartbeatBatch(agentId, 1)).send();
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(agent(shop).get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void anAgentCannotReportForAnother() {
        String shop = ConsoleTestSupport.createShop(http, "冒充门店 " + UUID.randomUUID());
        JsonNode a = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        JsonNode b = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        var forged = http.post("/api/agent/v1/reports").bearer(a.get("credential").asString())
                .json(heartbeatBatch(b.get("agentId").asString(), 1)).send();
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void messagesThatBreakTheSchemaAreRejectedWithTheirPlace() {
        String shop = ConsoleTestSupport.createShop(http, "协议门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        String agentId = enrolled.get("agentId").asString();
        var missingField = http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                .json(Map.of("protocol", 1, "agentId", agentId, "sentAt", "2026-11-23T09:30:05Z",
                        "reports", java.util.List.of(Map.of("seq", 1, "time", "2026-11-23T09:30:00Z",
                                "type", "heartbeat", "body", Map.of("hostname", "h"))))).send();
        assertThat(missingField.status()).isEqualTo(400);
        assertThat(missingField.json().get("type").asString()).isEqualTo("urn:hoist:problem:invalid-report");
        assertThat(missingField.json().get("errors").get(0).get("field").asString()).contains("/reports/0/body");

        // Too large for a 64-bit number: the schema says so (its maximum), and the field is named; never a 500.
        var tooLarge = http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                .jsonText("{\"protocol\": 1, \"agentId\": \"" + agentId + "\", \"sentAt\": \"2026-11-23T09:30:05Z\","
                        + " \"reports\": [{\"seq\": 1, \"time\": \"2026-11-23T09:30:00Z\", \"type\": \"heartbeat\","
                        + " \"body\": {\"agentVersion\": \"0.1.0\", \"hostname\": \"h\", \"os\": \"Linux\","
                        + " \"uptimeSeconds\": 123456789012345678901234567890}}]}").send();
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("type").asString()).isEqualTo("urn:hoist:problem:invalid-report");
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString())
                .isEqualTo("/reports/0/body/uptimeSeconds");

        var newerProtocol = http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                .json(Map.of("protocol", 2, "agentId", agentId)).send();
        assertThat(newerProtocol.status()).isEqualTo(400);
        assertThat(newerProtocol.json().get("type").asString()).isEqualTo("urn:hoist:problem:protocol-unsupported");
    }

    @Test
    void malformedBatchesAreProblemsNotServerErrors() {
        String shop = ConsoleTestSupport.createShop(http, "残缺门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        for (String broken : new String[] {"{\"protocol\": 1, \"reports\": [", "{\"protocol\": 1} {}"}) {
            var answer = http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                    .jsonText(broken).send();
            assertThat(answer.status()).as(broken).isEqualTo(400);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:hoist:problem:malformed-request");
        }
    }

    @Test
    void unknownReportTypesAreAcknowledgedSoTheSpoolMovesOn() {
        String shop = ConsoleTestSupport.createShop(http, "新类型门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        String agentId = enrolled.get("agentId").asString();
        var ack = http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                .json(Map.of("protocol", 1, "agentId", agentId, "sentAt", "2026-11-23T09:30:05Z",
                        "reports", java.util.List.of(Map.of("seq", 1, "time", "2026-11-23T09:30:00Z",
                                "type", "from-the-future", "body", Map.of())))).send();
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().get("acceptedThrough").asLong()).isEqualTo(1);
    }

    @Test
    void anAgentWhoseHeartbeatsStopGoesOffline() throws InterruptedException {
        String shop = ConsoleTestSupport.createShop(http, "离线门店 " + UUID.randomUUID());
        JsonNode enrolled = ConsoleTestSupport.enroll(http, ConsoleTestSupport.issueCode(http, shop));
        http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                .json(heartbeatBatch(enrolled.get("agentId").asString(), 1)).send();
        assertThat(agent(shop).get("status").asString()).isEqualTo("ONLINE");
        // offline-after is 2 s in tests; the sweep runs every 200 ms
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!"OFFLINE".equals(agent(shop).get("status").asString()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(agent(shop).get("status").asString()).isEqualTo("OFFLINE");
        http.post("/api/agent/v1/reports").bearer(enrolled.get("credential").asString())
                .json(heartbeatBatch(enrolled.get("agentId").asString(), 2)).send();
        assertThat(agent(shop).get("status").asString()).isEqualTo("ONLINE");
    }

    private JsonNode agent(String shop) {
        var response = http.get("/api/shops/" + shop).basic("admin", ADMIN_PASSWORD).send();
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("agents").get(0);
    }
}
