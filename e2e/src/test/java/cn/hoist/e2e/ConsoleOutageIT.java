package cn.hoist.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/**
 * The "done when": the console is stopped for a while (SIGTERM, then kill -9) while agents
 * keep reporting, and started again; every report an agent spooled is then processed exactly once
 * and in order. Agent A reports heartbeats every 200 ms and is itself killed with -9 during the
 * second outage; agent B has a tiny spool, overflows during the outages and must tell the console so.
 * Proof: the console's report stream has {@code processed == lastSeq} and {@code gaps == 0}, and for
 * agent A (quiet at the end) {@code lastSeq} equals the last sequence number in its spool on disk.
 * Found this way: H2's default write delay lost acknowledged reports on kill -9 (now WRITE_DELAY=0).
 */
class ConsoleOutageIT {

    static final String PASSWORD = "outage-admin-password-01";

    Path home;
    int consolePort = Programs.freePort();
    Process console;
    Process agentA;
    Process agentB;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : new Process[] {agentA, agentB, console}) {
            if (process != null && process.isAlive()) {
                Programs.stop(process, false);
            }
        }
    }

    @Test
    void reportsSpooledDuringConsoleOutagesArriveExactlyOnceAndInOrder() throws Exception {
        home = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e")).toAbsolutePath(), "outage-");
        startConsole();
        HttpTester http = new HttpTester("http://127.0.0.1:" + consolePort);
        String codeA = code(http, "断网门店 A");
        String codeB = code(http, "断网门店 B");
        Process enrollA = enroll("agent-a", codeA);
        Process enrollB = enroll("agent-b", codeB);
        assertThat(enrollA.waitFor()).as("enroll agent-a").isZero();
        assertThat(enrollB.waitFor()).as("enroll agent-b").isZero();
        JsonNode a = agentOf(http, "断网门店 A");
        JsonNode b = agentOf(http, "断网门店 B");
        agentA = startAgent("agent-a", "200ms", "256MB");
        agentB = startAgent("agent-b", "200ms", "3KB");
        awaitLastSeq(http, a, 5);
        awaitLastSeq(http, b, 5);

        // Outage 1: a clean stop (SIGTERM) for 8 s.
        Programs.stop(console, false);
        Thread.sleep(8_000);
        startConsole();
        awaitLastSeq(http, a, stream(http, a).get("lastSeq").asLong() + 20);

        // Outage 2: kill -9, and agent A is killed with -9 too while the console is away. Started again,
        // it adds only its first heartbeat and the agent-unclean-stop event, then stays quiet.
        Programs.stop(console, true);
        Programs.stop(agentA, true);
        agentA = startAgent("agent-a", "1h", "256MB");
        Thread.sleep(5_000);
        startConsole();
        awaitEvent(http, b, "spool-overflow");
        awaitEvent(http, a, "agent-unclean-stop");
        Path spoolA = home.resolve("agent-a").resolve("agent").resolve("spool");
        LocalSuite.await("agent A's spool is delivered", Duration.ofSeconds(60),
                () -> stream(http, a).get("lastSeq").asLong() == lastSeq(spoolA));
        Programs.stop(agentA, false);
        Programs.stop(agentB, false);

        long spooled = Programs.spoolLastSeq(spoolA);
        assertThat(spooled).as("agent A reported something").isGreaterThan(50);
        assertThat(Programs.ackedSeq(spoolA)).as("the console acknowledged all of agent A's reports").isEqualTo(spooled);
        assertProcessedOnceThrough(stream(http, a), spooled);
        // Agent B was stopped while reporting: what the console acknowledged, it processed exactly once.
        Path spoolB = home.resolve("agent-b").resolve("agent").resolve("spool");
        assertProcessedOnceThrough(stream(http, b), Programs.ackedSeq(spoolB));
        assertThat(Programs.spoolLastSeq(spoolB)).isGreaterThanOrEqualTo(Programs.ackedSeq(spoolB));
    }

    /** Reports 1..lastSeq were each processed once, in order, none missing. */
    private static void assertProcessedOnceThrough(JsonNode stream, long lastSeq) {
        assertThat(stream.get("lastSeq").asLong()).as("the console's last processed report").isEqualTo(lastSeq);
        assertThat(stream.get("processed").asLong()).as("each processed once").isEqualTo(lastSeq);
        assertThat(stream.get("gaps").asLong()).as("none missing").isZero();
    }

    private static long lastSeq(Path spool) {
        try {
            return Programs.spoolLastSeq(spool);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void startConsole() throws InterruptedException {
        console = Programs.start("ops-console", Map.of("HOIST_HOME", home.toString(), "HOIST_ADMIN_PASSWORD", PASSWORD),
                home.resolve("console.out"), "--server.port=" + consolePort);
        HttpTester http = new HttpTester("http://127.0.0.1:" + consolePort);
        LocalSuite.await("the console is healthy", Duration.ofSeconds(120), () -> {
            if (!console.isAlive()) {
                throw new AssertionError("the console stopped while starting; see " + home.resolve("console.out"));
            }
            try {
                return http.get("/actuator/health").send().status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private static String code(HttpTester http, String shopName) {
        String shop = http.post("/api/shops").basic("admin", PASSWORD).json(Map.of("name", shopName)).send().json()
                .get("id").asString();
        return http.post("/api/shops/" + shop + "/enrollment-codes").basic("admin", PASSWORD).send().json()
                .get("code").asString();
    }

    private Process enroll(String name, String code) {
        return Programs.start("ops-agent", Map.of(), home.resolve(name + ".out"), "enroll",
                "--home", home.resolve(name).toString(), "--console", "http://127.0.0.1:" + consolePort, "--code", code);
    }

    private static JsonNode agentOf(HttpTester http, String shopName) {
        return http.get("/api/shops?size=500").basic("admin", PASSWORD).send().json().get("items").valueStream()
                .filter(s -> s.get("shop").get("name").asString().equals(shopName)).findFirst().orElseThrow()
                .get("agents").get(0);
    }

    private Process startAgent(String name, String heartbeat, String spoolMax) {
        return Programs.start("ops-agent", Map.of(), home.resolve(name + ".out"), "run",
                "--home", home.resolve(name).toString(), "--server.port=" + Programs.freePort(),
                "--hoist.agent.reporting.heartbeat-interval=" + heartbeat,
                "--hoist.agent.reporting.spool-max-bytes=" + spoolMax,
                "--hoist.agent.reporting.retry-min=200ms", "--hoist.agent.reporting.retry-max=1s");
    }

    private static JsonNode stream(HttpTester http, JsonNode agent) {
        return http.get("/api/agents/" + agent.get("id").asString() + "/report-stream").basic("admin", PASSWORD).send()
                .json();
    }

    private static void awaitLastSeq(HttpTester http, JsonNode agent, long atLeast) throws InterruptedException {
        LocalSuite.await("agent " + agent.get("id").asString() + " delivered report " + atLeast, Duration.ofSeconds(90),
                () -> stream(http, agent).get("lastSeq").asLong() >= atLeast);
    }

    private static void awaitEvent(HttpTester http, JsonNode agent, String kind) throws InterruptedException {
        LocalSuite.await("the console has a " + kind + " event", Duration.ofSeconds(90), () ->
                http.get("/api/shops/" + agent.get("shopId").asString() + "/events").basic("admin", PASSWORD).send()
                        .json().get("items").valueStream().anyMatch(e -> e.get("kind").asString().equals(kind)));
    }
}
