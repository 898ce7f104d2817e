package cn.hoist.agent.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.agent.protocol.ProtocolSchema;
import cn.hoist.agent.reporting.internal.Spool;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every report body has its own wire type, conforms to the protocol schema as spooled, and stays within its limits. */
class ReportBodyTests {

    @TempDir
    Path dir;

    final JsonMapper json = ConsoleClient.defaultJson();

    /** One of each body type; a new permitted body must be added here, or the first test fails. */
    static List<ReportBody> oneOfEach() {
        return List.of(
                new Heartbeat("0.1.0", "shop-server", "Linux 6.1 (amd64)", 86400),
                new Event("link-down", "WARNING", "port 7 of core-switch went down", "core-switch",
                        Map.of("ifIndex", "7")),
                new CheckResult("core-switch", "snmp.system", "OK", "answers", 12L,
                        List.of(new Metric("snmp_sys_uptime_seconds", Map.of(), 3600, "s")), Map.of("sysName", "sw")),
                new Inventory(List.of(new Inventory.Device("core-switch", "switch", "192.168.1.2",
                        List.of("snmp.system", "snmp.interfaces")))));
    }

    @Test
    void eachBodyTypeHasItsOwnWireTypeAndAllOfThemConformAsSpooled() {
        List<ReportBody> bodies = oneOfEach();
        assertThat(bodies.stream().map(b -> b.getClass().getName()).toList()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ReportBody.class.getPermittedSubclasses()).map(Class::getName).toList());
        assertThat(bodies).extracting(ReportType::of).doesNotHaveDuplicates()
                .containsExactly("heartbeat", "event", "check-result", "inventory");
        try (Spool spool = Spool.open(dir, 1024 * 1024)) {
            Reports reports = new Reports(spool, json, Clock.systemUTC(), 1024 * 1024, () -> { },
                    new SimpleMeterRegistry());
            assertThat(reports.submitAll(bodies)).isEqualTo(bodies.size());
            ObjectNode batch = json.createObjectNode().put("protocol", 1)
                    .put("agentId", "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10").put("sentAt", "2026-11-23T09:30:05Z");
            var array = batch.putArray("reports");
            for (Spool.Record r : spool.peek(10, Long.MAX_VALUE)) {
                ObjectNode report = (ObjectNode) json.readTree(r.payload());
                report.put("seq", r.seq());
                array.add(report);
            }
            assertThat(array.size()).isEqualTo(bodies.size());
            assertThat(ProtocolSchema.violations("report-batch", batch)).isEmpty();
        }
    }

    @Test
    void checkResultsKeepWithinTheProtocolsLimitsAndSaySo() {
        List<Metric> many = new ArrayList<>(IntStream.range(0, 2001).mapToObj(i -> new Metric("m", Map.of("i",
                String.valueOf(i)), i, null)).toList());
        many.set(0, new Metric("m", Map.of(), Double.NaN, null));
        CheckResult result = new CheckResult("pos-1", "tcp", "OK", "", -5L, many, Map.of());
        assertThat(result.metrics()).hasSize(1999).noneMatch(m -> Double.isNaN(m.value()));
        assertThat(result.message()).isEqualTo("only the first 2000 of 2001 metrics sent");
        assertThat(result.durationMs()).isZero();
        assertThat(new CheckResult("pos-1", "tcp", "OK", "", 1L, List.of(), Map.of()).message()).isNull();
    }

    @Test
    void eventsAndMetricsCutWhatIsTooLong() {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        IntStream.range(0, 60).forEach(i -> attributes.put("a" + i, "x".repeat(2000)));
        Event event = new Event("snmp-trap", "INFO", "y".repeat(1500), null, attributes);
        assertThat(event.message()).hasSize(1000).endsWith("…");
        assertThat(event.attributes()).hasSize(50).allSatisfy((k, v) -> assertThat(v).hasSize(1000));
        Metric metric = new Metric("printer_supply", Map.of("supply name", "z".repeat(300)), 5, "percent-of-capacity");
        assertThat(metric.labels()).containsOnlyKeys("supply_name");
        assertThat(metric.labels().get("supply_name")).hasSize(200);
    }
}
