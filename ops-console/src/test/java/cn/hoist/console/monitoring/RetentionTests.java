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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.console.ConsoleTestSupport.TestAgent;
import cn.hoist.console.monitoring.internal.HistoryPruner;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** Check results older than the retention (7 days) and events older than theirs (90 days) are pruned. */
@ConsoleTest
class RetentionTests {

    @LocalServerPort
    int port;

    @Autowired
    HistoryPruner pruner;

    @Test
    void expiredHistoryAndEventsArePrunedTheLatestStateStays() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        TestAgent agent = ConsoleTestSupport.newAgent(http, "保留期门店 " + UUID.randomUUID());
        agent.sendOk(http, List.of(
                report(1, daysAgo(10), "check-result", checkResult("nas", "host", "OK",
                        List.of(metric("host_disk_used_percent", 40)))),
                report(2, daysAgo(8), "check-result", checkResult("nas", "host", "OK",
                        List.of(metric("host_disk_used_percent", 41)))),
                report(3, daysAgo(1), "check-result", checkResult("nas", "host", "WARNING",
                        List.of(metric("host_disk_used_percent", 88)))),
                report(4, daysAgo(100), "event", Map.of("kind", "device-rebooted", "severity", "INFO", "message", "old")),
                report(5, daysAgo(2), "event", Map.of("kind", "device-rebooted", "severity", "INFO", "message", "new"))));

        pruner.prune();

        JsonNode devices = http.get("/api/shops/" + agent.shopId() + "/devices").basic("admin", ADMIN_PASSWORD).send()
                .json();
        long id = devices.get("items").get(0).get("id").asLong();
        JsonNode history = http.get("/api/devices/" + id + "/history?check=host&metric=host_disk_used_percent&from="
                + daysAgo(30)).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(history.get("series").get(0).get("points").valueStream().map(p -> p.get("value").asDouble()))
                .containsExactly(88.0);
        JsonNode events = http.get("/api/shops/" + agent.shopId() + "/events").basic("admin", ADMIN_PASSWORD).send()
                .json();
        assertThat(events.get("items").valueStream().map(e -> e.get("message").asString())).containsExactly("new");
        assertThat(devices.get("items").get(0).get("state").asString()).isEqualTo("WARNING");
    }

    static String daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
