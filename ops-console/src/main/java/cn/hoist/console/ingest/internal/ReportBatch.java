package cn.hoist.console.ingest.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A report batch as read from the request: its JSON tree, and for each report (by index) the object
 * and array fields of its body as the JSON text the agent sent.
 */
public record ReportBatch(JsonNode tree, List<Map<String, String>> bodyJson) {
}
