package cn.hoist.console.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.CheckResultBody;
import cn.hoist.console.ingest.CheckResultsReceived;
import cn.hoist.console.ingest.EventBody;
import cn.hoist.console.ingest.HeartbeatBody;
import cn.hoist.console.ingest.InventoryBody;
import cn.hoist.console.ingest.JsonText;
import cn.hoist.console.ingest.Received;
import cn.hoist.console.ingest.ReportBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each known type's body becomes its record once; its objects and arrays are the text the agent sent. */
class ReportBodiesTests {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final ReportBatchConverter CONVERTER = new ReportBatchConverter(JSON);
    static final ReportBodies BODIES = new ReportBodies(JSON);

    @Test
    void checkResultsKeepTheirMetricsAndPropertiesAsSent() {
        String metrics = "[ {\"name\": \"snmp_ups_battery_percent\", \"value\": 97.50, \"labels\": {\"q\": \"监控\"}} ]";
        String properties = "{\"sysDescr\": \"APC \\\\ Smart-UPS\"}";
        ReportBody body = read("check-result", "{\"device\": \"ups-1\", \"check\": \"snmp.ups\", \"status\": \"WARNING\","
                + " \"message\": \"on battery\", \"durationMs\": 12, \"metrics\": " + metrics + ", \"properties\": "
                + properties + "}");

        assertThat(body).isEqualTo(new CheckResultBody("ups-1", "snmp.ups", CheckResultBody.Status.WARNING,
                "on battery", 12L, new JsonText(metrics), new JsonText(properties)));
    }

    @Test
    void optionalFieldsAreNull() {
        assertThat(read("check-result", "{\"device\": \"sw\", \"check\": \"icmp\", \"status\": \"UNREACHABLE\"}"))
                .isEqualTo(new CheckResultBody("sw", "icmp", CheckResultBody.Status.UNREACHABLE, null, null, null, null));
        assertThat(read("event", "{\"kind\": \"spool-overflow\", \"severity\": \"CRITICAL\", \"message\": \"dropped 3\"}"))
                .isEqualTo(new EventBody("spool-overflow", EventBody.Severity.CRITICAL, "dropped 3", null, null));
        assertThat(read("inventory", "{\"devices\": [{\"name\": \"pos-1\", \"kind\": \"pos\"}]}"))
                .isEqualTo(new InventoryBody(List.of(new InventoryBody.Device("pos-1", "pos", null, null))));
    }

    @Test
    void everyKnownTypeHasItsRecord() {
        assertThat(read("heartbeat", "{\"agentVersion\": \"0.1.0\", \"hostname\": \"店里的服务器\", \"os\": \"Linux\","
                + " \"uptimeSeconds\": 60}")).isEqualTo(new HeartbeatBody("0.1.0", "店里的服务器", "Linux", 60));
        assertThat(read("event", "{\"kind\": \"link-down\", \"severity\": \"WARNING\", \"message\": \"Gi0/7 down\","
                + " \"device\": \"core-switch\", \"attributes\": {\"ifName\": \"Gi0/7\"}}"))
                .isEqualTo(new EventBody("link-down", EventBody.Severity.WARNING, "Gi0/7 down", "core-switch",
                        new JsonText("{\"ifName\": \"Gi0/7\"}")));
        assertThat(read("inventory", "{\"devices\": [{\"name\": \"core-switch\", \"kind\": \"switch\","
                + " \"address\": \"192.168.1.2\", \"checks\": [\"icmp\", \"snmp.interfaces\"]}]}"))
                .isEqualTo(new InventoryBody(List.of(new InventoryBody.Device("core-switch", "switch", "192.168.1.2",
                        List.of("icmp", "snmp.interfaces")))));
    }

    @Test
    void aNumberTheRecordCannotHoldIsRefusedByTheSchemaAndByTheReader() {
        String batch = "{\"protocol\": 1, \"agentId\": \"" + UUID.randomUUID() + "\", \"sentAt\": \"2026-11-23T09:30:05Z\","
                + " \"reports\": [{\"seq\": 1, \"time\": \"2026-11-23T09:30:00Z\", \"type\": \"heartbeat\", \"body\":"
                + " {\"agentVersion\": \"0.1.0\", \"hostname\": \"h\", \"os\": \"Linux\","
                + " \"uptimeSeconds\": 123456789012345678901234567890}}]}";
        ReportBatch read = CONVERTER.read(batch.getBytes(StandardCharsets.UTF_8));
        assertThat(new ProtocolSchemas().validateBatch(read.tree())).as("the schema says what the code holds")
                .extracting(ProtocolSchemas.Violation::location).containsExactly("/reports/0/body/uptimeSeconds");

        assertThatThrownBy(() -> BODIES.read("heartbeat", read.tree().get("reports").get(0).get("body"), Map.of()))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anUnknownTypeHasNoBody() {
        assertThat(read("backup-status", "{\"anything\": 1}")).isNull();
    }

    @Test
    void aRunBecomesTheEventOfItsType() {
        AgentIdentity agent = new AgentIdentity(UUID.randomUUID(), UUID.randomUUID());
        CheckResultBody body = new CheckResultBody("sw", "icmp", CheckResultBody.Status.OK, null, null, null, null);
        OffsetDateTime time = OffsetDateTime.parse("2026-11-23T09:30:00Z");

        Object event = BODIES.event("check-result", agent, List.of(new Received<>(7, time, body)));

        assertThat(event).isEqualTo(new CheckResultsReceived(agent, List.of(new Received<>(7, time, body))));
    }

    private static ReportBody read(String type, String body) {
        String batch = "{\"reports\": [{\"seq\": 1, \"type\": \"" + type + "\", \"body\": " + body + "}]}";
        ReportBatch read = CONVERTER.read(batch.getBytes(StandardCharsets.UTF_8));
        JsonNode tree = read.tree().get("reports").get(0).get("body");
        Map<String, String> text = read.bodyJson().get(0);
        return BODIES.read(type, tree, text);
    }
}
