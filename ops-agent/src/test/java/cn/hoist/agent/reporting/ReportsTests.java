package cn.hoist.agent.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.agent.reporting.internal.Spool;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportsTests {

    @TempDir
    Path dir;

    final JsonMapper json = ConsoleClient.defaultJson();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final AtomicInteger wakes = new AtomicInteger();

    @Test
    void writesEachReportWithItsTypeAndTimeAndWakesTheSender() {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            Reports reports = new Reports(spool, json, Clock.systemUTC(), 1024 * 1024, wakes::incrementAndGet, meters);
            assertThat(reports.submit(heartbeat(5))).isTrue();
            JsonNode stored = json.readTree(spool.peek(1, Long.MAX_VALUE).get(0).payload());
            assertThat(stored.get("type").asString()).isEqualTo("heartbeat");
            assertThat(stored.get("body").get("uptimeSeconds").asInt()).isEqualTo(5);
            assertThat(stored.get("time").asString()).endsWith("Z");
            assertThat(wakes).hasValue(1);
        }
    }

    @Test
    void pastTheCapDropsBulkyReportsButKeepsEssentialOnesAndThenSaysWhatWasLost() {
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            Reports reports = new Reports(spool, json, Clock.systemUTC(), 2_000, () -> { }, meters);
            String bulk = "x".repeat(300);
            int kept = 0;
            for (int i = 0; i < 20; i++) {
                kept += reports.submit(new CheckResult("pos-1", "tcp", "OK", bulk, 1L, List.of(), Map.of())) ? 1 : 0;
            }
            assertThat(kept).isLessThan(20);
            int dropped = 20 - kept;
            assertThat(meters.counter("hoist.agent.spool.dropped").count()).isEqualTo(dropped);
            assertThat(reports.submit(heartbeat(1))).as("essential reports still fit").isTrue();

            // the console takes everything; the next report brings the overflow event with it
            spool.ack(spool.lastSeq());
            reports.submit(heartbeat(2));
            List<JsonNode> stored = spool.peek(10, Long.MAX_VALUE).stream()
                    .map(r -> json.readTree(new String(r.payload(), StandardCharsets.UTF_8))).toList();
            assertThat(stored).extracting(n -> n.get("type").asString()).containsExactly("heartbeat", "event");
            JsonNode event = stored.get(1).get("body");
            assertThat(event.get("kind").asString()).isEqualTo("spool-overflow");
            assertThat(event.get("attributes").get("dropped").asString()).isEqualTo(String.valueOf(dropped));
        }
    }

    static Heartbeat heartbeat(long uptime) {
        return new Heartbeat("0.1.0", "shop-server", "Linux", uptime);
    }
}
