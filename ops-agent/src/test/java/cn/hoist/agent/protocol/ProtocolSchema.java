package cn.hoist.agent.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/** The protocol's JSON Schemas straight from docs/protocol/v1, for checking the agent's own messages. */
public final class ProtocolSchema {

    public static final Path DIR = Path.of("..", "docs", "protocol", "v1");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private ProtocolSchema() {
    }

    /** The violations of {@code message} against the named schema; empty when it conforms. */
    public static List<String> violations(String schema, JsonNode message) {
        try (InputStream in = Files.newInputStream(DIR.resolve(schema + ".schema.json"))) {
            return REGISTRY.getSchema(in, InputFormat.JSON).validate(message).stream()
                    .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
