package cn.hoist.console.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a report batch in one pass: the tree that validation and the body records use, and the text of
 * each report body's objects and arrays (metrics, properties...) sliced from the request, so that
 * storing them as JSON needs no second serialisation. Everything else is read as Jackson reads any
 * tree; whatever does not have the batch's shape is left for the schema validation to refuse.
 */
class ReportBatchConverter extends AbstractHttpMessageConverter<ReportBatch> {

    private final JsonMapper json;

    ReportBatchConverter(JsonMapper json) {
        super(MediaType.APPLICATION_JSON);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type == ReportBatch.class;
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return false;
    }

    @Override
    protected ReportBatch readInternal(Class<? extends ReportBatch> type, HttpInputMessage input)
            throws IOException {
        try {
            return read(input.getBody().readAllBytes());
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("Malformed report batch: " + e.getOriginalMessage(), e, input);
        }
    }

    @Override
    protected void writeInternal(ReportBatch batch, HttpOutputMessage output) {
        throw new UnsupportedOperationException("Report batches are only read");
    }

    ReportBatch read(byte[] content) {
        List<Map<String, String>> bodies = new ArrayList<>();
        try (JsonParser parser = json.createParser(content)) {
            parser.nextToken();
            JsonNode tree = fields(parser, (name, p) -> name.equals("reports") && p.isExpectedStartArrayToken()
                    ? reports(p, content, bodies) : value(p));
            if (parser.nextToken() != null) {
                throw new StreamReadException(parser, "Unexpected content after the batch");
            }
            return new ReportBatch(tree, bodies);
        }
    }

    private ArrayNode reports(JsonParser parser, byte[] content, List<Map<String, String>> bodies) {
        ArrayNode reports = json.createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Map<String, String> body = new HashMap<>(4);
            reports.add(fields(parser, (name, p) -> name.equals("body") ? body(p, content, body) : value(p)));
            bodies.add(body);
        }
        return reports;
    }

    private JsonNode body(JsonParser parser, byte[] content, Map<String, String> text) {
        return fields(parser, (name, p) -> {
            if (!p.currentToken().isStructStart()) {
                return value(p);
            }
            int start = (int) p.currentTokenLocation().getByteOffset();
            JsonNode value = p.readValueAsTree();
            int end = (int) p.currentLocation().getByteOffset();
            text.put(name, new String(content, start, end - start, StandardCharsets.UTF_8));
            return value;
        });
    }

    /** An object's properties, each value read by {@code reader} from its first token; any other value as is. */
    private JsonNode fields(JsonParser parser, PropertyReader reader) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return value(parser);
        }
        ObjectNode object = json.createObjectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, reader.read(name, parser));
        }
        return object;
    }

    /** The value at the current token; strings, most of a batch's values, without Jackson's per-tree set-up. */
    private JsonNode value(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_STRING ? json.getNodeFactory().stringNode(parser.getString())
                : parser.readValueAsTree();
    }

    @FunctionalInterface
    private interface PropertyReader {
        JsonNode read(String name, JsonParser parser);
    }
}
