package cn.hoist.console.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.hoist.console.ingest.internal.ProtocolSchemas;
import tools.jackson.databind.json.JsonMapper;

/** Every example in docs/protocol parses and follows the schema its name points to. */
class ProtocolExamplesTests {

    static final Path EXAMPLES = Path.of("..", "docs", "protocol", "v1", "examples");

    private final ProtocolSchemas schemas = new ProtocolSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<Path> examples() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            all = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleFollowsItsSchema(Path example) throws IOException {
        String name = example.getFileName().toString();
        String schema = name.substring(0, name.indexOf('.'));
        var message = json.readTree(Files.readString(example));
        assertThat(schemas.validate(schema, message)).as(name).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theSplitBatchValidationAgreesWithTheWholeSchema(Path example) throws IOException {
        String name = example.getFileName().toString();
        if (!name.startsWith("report-batch.")) {
            return;
        }
        var message = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(example));
        assertThat(schemas.validateBatch(message)).as(name).isEmpty();
        for (var report : message.get("reports")) {
            var body = (tools.jackson.databind.node.ObjectNode) report.get("body");
            body.put("unexpected", true);
        }
        assertThat(schemas.validate("report-batch", message)).as(name).isNotEmpty();
        assertThat(schemas.validateBatch(message)).as(name).isNotEmpty()
                .allSatisfy(v -> assertThat(v.location()).startsWith("/reports/"));
        message.remove("sentAt");
        assertThat(schemas.validateBatch(message)).as(name + " envelope").isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void schemasRejectABrokenCopyOfEachExample(Path example) throws IOException {
        String name = example.getFileName().toString();
        var message = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(example));
        message.put("type", 42);
        message.remove("status");
        message.remove("protocol");
        assertThat(schemas.validate(name.substring(0, name.indexOf('.')), message)).as(name).isNotEmpty();
    }
}
