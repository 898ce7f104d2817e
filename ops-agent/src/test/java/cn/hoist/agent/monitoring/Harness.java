package cn.hoist.agent.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.hoist.agent.config.AgentConfigLoader;
import cn.hoist.agent.config.ConfigLoad;
import cn.hoist.agent.monitoring.config.MonitoringConfig;
import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.agent.protocol.ProtocolSchema;
import cn.hoist.agent.reporting.ReportBuffer;
import cn.hoist.agent.reporting.Reports;
import cn.hoist.agent.reporting.internal.Spool;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monitoring pipeline as the service wires it, minus Spring: scheduler, SNMP client, report buffer, and the real
 * {@link Reports} on a spool in a temporary directory. Reports are read back from the spool and every one is checked
 * against the protocol schema.
 */
final class Harness implements AutoCloseable {

    /** The loader as the service has it: every section installed. */
    static final AgentConfigLoader LOADER = AgentConfigLoader.installed();

    final JsonMapper json = ConsoleClient.defaultJson();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Spool spool;
    final Reports reports;
    final ReportBuffer buffer;
    final SnmpClient client = SnmpClients.open(SnmpClientSettings.defaults());
    final MonitorMetrics metrics = new MonitorMetrics(meters);
    final MonitorScheduler scheduler;
    final TrapEvents traps;
    private int read;

    Harness(Path dir) {
        spool = Spool.open(dir, 8 * 1024 * 1024);
        reports = new Reports(spool, json, Clock.systemUTC(), 256L * 1024 * 1024, () -> { }, meters);
        buffer = new ReportBuffer(reports, Duration.ofSeconds(1));
        scheduler = new MonitorScheduler(new SnmpDeviceJob.Context(client, buffer, metrics), 4);
        traps = new TrapEvents(buffer, metrics);
    }

    static MonitoringConfig config(String yaml) {
        ConfigLoad load = LOADER.parse(yaml, Path.of("agent.yml"), Map.<String, String>of()::get);
        assertThat(load.problems()).isEmpty();
        return load.config().section(MonitoringConfig.class);
    }

    /** Ticks the scheduler until reports matching {@code until} have been spooled; returns the new reports. */
    List<JsonNode> runUntil(Predicate<List<JsonNode>> until, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<JsonNode> fresh = new ArrayList<>();
        while (true) {
            scheduler.tick();
            buffer.flush();
            fresh.addAll(newReports());
            if (until.test(fresh)) {
                return fresh;
            }
            assertThat(Instant.now()).as("waited for reports; got " + fresh).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** Reports spooled since the last call, each validated against the protocol schema in a batch. */
    List<JsonNode> newReports() {
        List<JsonNode> all = new ArrayList<>();
        for (Spool.Record r : spool.peek(Integer.MAX_VALUE, Long.MAX_VALUE)) {
            ObjectNode report = (ObjectNode) json.readTree(r.payload());
            report.put("seq", r.seq());
            all.add(report);
        }
        List<JsonNode> fresh = List.copyOf(all.subList(read, all.size()));
        read = all.size();
        for (int i = 0; i < fresh.size(); i += 500) {
            ObjectNode batch = json.createObjectNode().put("protocol", 1)
                    .put("agentId", "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10").put("sentAt", Instant.now().toString());
            batch.putArray("reports").addAll(fresh.subList(i, Math.min(fresh.size(), i + 500)));
            assertThat(ProtocolSchema.violations("report-batch", batch)).as("schema violations").isEmpty();
        }
        return fresh;
    }

    static List<JsonNode> bodies(List<JsonNode> reports, String type) {
        return reports.stream().filter(r -> r.get("type").asString().equals(type)).map(r -> r.get("body")).toList();
    }

    static JsonNode result(List<JsonNode> reports, String device, String check) {
        return bodies(reports, "check-result").stream().filter(b -> b.get("device").asString().equals(device)
                && b.get("check").asString().equals(check)).reduce((a, b) -> b).orElse(null);
    }

    static Predicate<List<JsonNode>> has(String device, String check) {
        return reports -> result(reports, device, check) != null;
    }

    @Override
    public void close() {
        traps.close();
        scheduler.close();
        client.close();
        spool.close();
    }
}
