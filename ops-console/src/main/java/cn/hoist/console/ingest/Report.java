package cn.hoist.console.ingest;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;

/** One report of a batch, already validated against the protocol schema. */
public record Report(long seq, OffsetDateTime time, String type, JsonNode body) {
}
