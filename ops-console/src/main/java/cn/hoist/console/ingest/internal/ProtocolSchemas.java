package cn.hoist.console.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agent protocol's JSON Schemas (docs/protocol/v1, packaged under {@code protocol/v1}), with
 * format assertions on so that a malformed uuid or date-time is an error, not an annotation, and
 * patterns that remember the names they matched.
 */
@Component
public class ProtocolSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .regularExpressionFactory(new RememberedMatches()).build()));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private final ReportBatchValidator batches = batchValidator();

    /** The problems of the message against the named schema ({@code report-batch}, ...); empty when valid. */
    public List<Violation> validate(String schemaName, JsonNode message) {
        return violations(schema(schemaName).validate(message), "");
    }

    /** The problems of a report batch; the same verdict as {@code validate("report-batch", ...)}, faster. */
    public List<Violation> validateBatch(JsonNode batch) {
        return batches.validate(batch);
    }

    private ReportBatchValidator batchValidator() {
        try (InputStream in = new ClassPathResource("protocol/v1/report-batch.schema.json").getInputStream()) {
            return new ReportBatchValidator(registry, (ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Protocol schema report-batch is missing", e);
        }
    }

    static List<Violation> violations(List<Error> errors, String prefix) {
        return errors.stream().map(e -> new Violation(prefix + e.getInstanceLocation(), e.getMessage())).toList();
    }

    private Schema schema(String name) {
        return schemas.computeIfAbsent(name, n -> {
            try (InputStream in = new ClassPathResource("protocol/v1/" + n + ".schema.json").getInputStream()) {
                return registry.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException("Protocol schema " + n + " is missing", e);
            }
        });
    }

    /** Where in the message ({@code /reports/0/body}) and what is wrong. */
    public record Violation(String location, String message) {
    }
}
