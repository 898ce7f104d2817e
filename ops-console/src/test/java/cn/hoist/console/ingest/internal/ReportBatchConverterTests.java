package cn.hoist.console.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** One pass over a batch: the same tree as Jackson reads, plus the bodies' objects and arrays as sent. */
class ReportBatchConverterTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ReportBatchConverter CONVERTER = new ReportBatchConverter(JSON);

    @Test
    void bodiesObjectsAndArraysAreKeptAsTheAgentSentThem() {
        String metrics = "[ {\"name\": \"温度\", \"value\": 1.50, \"labels\": {\"q\": \"a\\\"b\\n\\u00e9\"}},\n  {} ]";
        String properties = "{\"sysDescr\":\"Cisco \\\\ IOS\"}";
        String batch = "{\"protocol\": 1, \"reports\": [\n"
                + " {\"seq\": 1, \"type\": \"check-result\", \"body\": {\"device\": \"sw\", \"metrics\": " + metrics
                + ", \"properties\":" + properties + ", \"durationMs\": 12}},\n"
                + " {\"seq\": 2, \"body\": \"not an object\"},\n"
                + " {\"body\": {}}], \"sentAt\": null}";
        byte[] content = batch.getBytes(StandardCharsets.UTF_8);

        ReportBatch read = CONVERTER.read(content);

        assertThat(read.tree()).isEqualTo(JSON.readTree(content));
        assertThat(read.bodyJson()).containsExactly(Map.of("metrics", metrics, "properties", properties), Map.of(),
                Map.of());
        assertThat(JSON.readTree(read.bodyJson().get(0).get("metrics")))
                .isEqualTo(read.tree().get("reports").get(0).get("body").get("metrics"));
    }

    @Test
    void whatIsNotABatchIsReadAsItIsForTheSchemaToRefuse() {
        for (String other : new String[] {"[1, 2]", "{\"reports\": {\"body\": []}}", "{\"reports\": [1, [2]]}", "7"}) {
            assertThat(CONVERTER.read(other.getBytes(StandardCharsets.UTF_8)).tree()).isEqualTo(JSON.readTree(other));
        }
    }

    @Test
    void malformedJsonAndTrailingContentAreErrors() {
        assertThatThrownBy(() -> CONVERTER.read("{\"reports\": [".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> CONVERTER.read("{\"protocol\": 1} {}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JacksonException.class);
    }
}
