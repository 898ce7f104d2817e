package cn.hoist.console.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.console.ConsoleTestSupport.TestAgent;
import cn.hoist.testsupport.HttpTester;

/** The agent protocol's limits: 413 past the size limit (1 MB in tests), 429 past the per-agent rate. */
@ConsoleTest
class IngestLimitsTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void anOversizedRequestIs413BeforeAnythingElse() {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "超大门店 " + UUID.randomUUID());
        String big = "{\"protocol\":1,\"padding\":\"" + "x".repeat(1_100_000) + "\"}";
        var refused = http.post("/api/agent/v1/reports").bearer(agent.credential()).jsonText(big).send();
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:hoist:problem:payload-too-large");
        assertThat(refused.json().get("detail").asString()).contains("1024 KB");

        var anonymous = http.post("/api/agent/v1/reports").jsonText(big).send();
        assertThat(anonymous.status()).as("refused before authentication").isEqualTo(413);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitToo() throws Exception {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "分块门店 " + UUID.randomUUID());
        byte[] big = ("{\"protocol\":1,\"padding\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/agent/v1/reports"))
                .header("Authorization", "Bearer " + agent.credential()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void anAgentThatSendsTooOftenGets429WithRetryAfterAndLosesNothing() throws InterruptedException {
        TestAgent agent = ConsoleTestSupport.newAgent(http, "限流门店 " + UUID.randomUUID());
        TestAgent other = ConsoleTestSupport.newAgent(http, "邻居门店 " + UUID.randomUUID());
        long seq = 1;
        int limited = 0;
        // burst 30, 5 per second: 60 quick requests cannot all pass
        for (int i = 0; i < 60; i++) {
            var response = agent.send(http, ConsoleTestSupport.heartbeats(seq));
            if (response.status() == 429) {
                limited++;
                assertThat(response.json().get("type").asString()).isEqualTo("urn:hoist:problem:rate-limited");
                long retryAfter = Long.parseLong(response.header("Retry-After").orElseThrow());
                assertThat(retryAfter).isBetween(1L, 60L);
            } else {
                assertThat(response.status()).isEqualTo(200);
                seq++;
            }
        }
        assertThat(limited).isPositive();
        assertThat(other.send(http, ConsoleTestSupport.heartbeats(1)).status())
                .as("another agent has its own bucket").isEqualTo(200);

        Thread.sleep(1_100);
        assertThat(agent.send(http, ConsoleTestSupport.heartbeats(seq)).status()).as("after waiting").isEqualTo(200);
        var stream = http.get("/api/agents/" + agent.agentId() + "/report-stream")
                .basic("admin", ConsoleTestSupport.ADMIN_PASSWORD).send().json();
        assertThat(stream.get("lastSeq").asLong()).isEqualTo(seq);
        assertThat(stream.get("processed").asLong()).isEqualTo(seq);
        assertThat(stream.get("gaps").asLong()).isZero();
    }
}
