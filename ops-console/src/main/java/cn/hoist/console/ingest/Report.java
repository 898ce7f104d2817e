package cn.hoist.console.ingest;

import java.time.OffsetDateTime;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One report of a batch, already validated against the protocol schema.
 *
 * @param bodyJson the body's object and array fields as the JSON text the agent sent, to store as they are
 */
public record Report(long seq, OffsetDateTime time, String type, JsonNode body, Map<String, String> bodyJson) {
}
