package cn.hoist.agent.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.agent.protocol.ConsoleClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class SenderTests {

    static final String AGENT = "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10";

    @TempDir
    Path dir;

    StubConsole console;
    Spool spool;
    Sender sender;
    final java.util.List<cn.hoist.agent.reporting.Event> refusedEvents = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        console = new StubConsole();
        spool = Spool.open(dir, 64 * 1024);
        sender = new Sender(spool, new ConsoleClient(URI.create(console.url()), ConsoleClient.defaultJson()), AGENT,
                AGENT + ".secret", ConsoleClient.defaultJson(), Clock.systemUTC(), 50, 1024 * 1024,
                Duration.ofMillis(10), Duration.ofMillis(50), new SimpleMeterRegistry(), refusedEvents::add);
    }

    @AfterEach
    void tearDown() {
        console.close();
        spool.close();
    }

    @Test
    void deliversEverythingInOrderInBatchesThatFollowTheProtocol() {
        append(120);
        while (spool.depth() > 0) {
            assertThat(sender.sendOnce(50)).isTrue();
        }
        assertThat(console.processed).extracting(r -> r.get("seq").asLong())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 120).mapToObj(Long::valueOf).toList());
        assertThat(console.schemaViolations).isEmpty();
        assertThat(spool.ackedSeq()).isEqualTo(120);
    }

    @Test
    void keepsEverythingWhileTheConsoleFailsAndDeliversItOnceAfterwards() {
        append(10);
        console.failWith = batch -> 503;
        assertThat(sender.sendOnce(50)).isFalse();
        assertThat(sender.sendOnce(50)).isFalse();
        assertThat(spool.depth()).isEqualTo(10);
        assertThat(sender.lastError()).contains("refused by the stub").doesNotContain(AGENT + ".secret");

        console.failWith = batch -> null;
        assertThat(sender.sendOnce(50)).isTrue();
        assertThat(console.processed).hasSize(10);
        assertThat(spool.depth()).isZero();
    }

    @Test
    void aLostAcknowledgementLeadsToAResendThatTheConsoleProcessesOnlyOnce() {
        append(5);
        console.loseNextAnswer = true;
        assertThat(sender.sendOnce(50)).isFalse();
        assertThat(spool.depth()).as("not acknowledged, so kept").isEqualTo(5);
        append(2);
        assertThat(sender.sendOnce(50)).isTrue();
        assertThat(console.processed).extracting(r -> r.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(spool.depth()).isZero();
    }

    @Test
    void waitsAtLeastAsLongAsTheConsoleAsksWhenItIsBusy() {
        append(2);
        console.failWith = batch -> 429;
        assertThat(sender.sendOnce(50)).isFalse();
        assertThat(sender.backoff()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(spool.depth()).isEqualTo(2);
    }

    @Test
    void aRejectedCredentialKeepsTheReports() {
        append(3);
        console.failWith = batch -> 401;
        assertThat(sender.sendOnce(50)).isFalse();
        assertThat(sender.lastError()).contains("refused by the stub");
        assertThat(spool.depth()).isEqualTo(3);
    }

    @Test
    void aReportTheConsoleRefusesForGoodIsSetAsideAndTheRestFlows() {
        append(8);
        console.failWith = batch -> {
            for (var report : batch.get("reports")) {
                if (report.get("seq").asLong() == 6) {
                    return 400;
                }
            }
            return null;
        };
        int attempts = 0;
        while (spool.depth() > 0 && attempts++ < 20) {
            sender.sendOnce(50);
        }
        assertThat(console.processed).extracting(r -> r.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 8L);
        assertThat(spool.depth()).isZero();
        java.nio.file.Path kept = dir.resolve(Spool.REFUSED).resolve("6.json");
        assertThat(kept).as("kept for a person to look at, with the console's reason").exists();
        assertThat(readString(kept)).contains("refused by the console").contains("\"uptimeSeconds\":6");
        assertThat(refusedEvents).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("report-refused");
            assertThat(event.attributes()).containsEntry("seq", "6").containsKey("reason");
        });
    }

    private static String readString(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reportsTheAgentNoLongerHoldsAreDeclaredLostWhenTheConsoleAsksForThem() {
        append(6);
        spool.ack(4); // 3 and 4 were set aside or dropped here; the console has only 1 and 2
        console.lastSeq.set(2);
        assertThat(sender.sendOnce(50)).isTrue();
        assertThat(console.processed).extracting(r -> r.get("seq").asLong()).containsExactly(5L, 6L);
        assertThat(console.schemaViolations).isEmpty();
        append(1);
        assertThat(sender.sendOnce(50)).as("no declaration once in step").isTrue();
        assertThat(console.processed).extracting(r -> r.get("seq").asLong()).containsExactly(5L, 6L, 7L);
    }

    private void append(int count) {
        spool.append(IntStream.rangeClosed(1, count).mapToObj(i -> ("{\"time\":\"2026-11-23T09:30:00Z\","
                + "\"type\":\"heartbeat\",\"body\":{\"agentVersion\":\"t\",\"hostname\":\"h\",\"os\":\"o\","
                + "\"uptimeSeconds\":" + i + "}}").getBytes(StandardCharsets.UTF_8)).toList());
    }
}
