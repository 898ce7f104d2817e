package cn.hoist.agent.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.hoist.agent.enrollment.HostFacts;
import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.reporting.Heartbeat;
import tools.jackson.databind.json.JsonMapper;

/** The agent's messages follow the protocol schema, and the agent reads every example the protocol gives. */
class ProtocolConformanceTests {

    private final JsonMapper json = ConsoleClient.defaultJson();

    @Test
    void enrollRequestConforms() {
        var request = new Messages.EnrollRequest(Messages.PROTOCOL, "K7QM-4XPA-9RTZ", HostFacts.current());
        assertThat(ProtocolSchema.violations("enroll-request", json.valueToTree(request))).isEmpty();
    }

    @Test
    void reportBatchesWithHeartbeatsAndEventsConform() {
        var heartbeat = json.valueToTree(new Heartbeat("0.1.0", "shop-server", "Linux 6.1 (amd64)", 86400));
        var event = json.valueToTree(new Event("spool-overflow", "WARNING", "dropped 3", null,
                Map.of("dropped", "3")));
        var batch = new Messages.ReportBatch(Messages.PROTOCOL, "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10",
                OffsetDateTime.parse("2026-11-23T09:30:05Z"), 1L, List.of(
                        new Messages.Report(1, OffsetDateTime.parse("2026-11-23T09:30:00Z"), "heartbeat", heartbeat),
                        new Messages.Report(2, OffsetDateTime.parse("2026-11-23T09:30:01Z"), "event", event)));
        assertThat(ProtocolSchema.violations("report-batch", json.valueToTree(batch))).isEmpty();
    }

    @Test
    void aHeartbeatMissingAFieldDoesNotConform() {
        var batch = Map.of("protocol", 1, "agentId", "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10", "sentAt",
                "2026-11-23T09:30:05Z", "reports", List.of(Map.of("seq", 1, "time", "2026-11-23T09:30:00Z",
                        "type", "heartbeat", "body", Map.of("hostname", "x"))));
        assertThat(ProtocolSchema.violations("report-batch", json.valueToTree(batch))).isNotEmpty();
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(ProtocolSchema.DIR.resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theAgentReadsEveryExample(Path example) throws IOException {
        String name = example.getFileName().toString();
        String text = Files.readString(example);
        Class<?> type = switch (name.substring(0, name.indexOf('.'))) {
            case "enroll-request" -> Messages.EnrollRequest.class;
            case "enroll-response" -> Messages.EnrollResponse.class;
            case "report-batch" -> Messages.ReportBatch.class;
            case "report-ack" -> Messages.ReportAck.class;
            default -> null;
        };
        assertThat(ProtocolSchema.violations(name.substring(0, name.indexOf('.')), json.readTree(text))).isEmpty();
        if (type != null) {
            assertThat(json.readValue(text, type)).isNotNull();
        }
    }
}
