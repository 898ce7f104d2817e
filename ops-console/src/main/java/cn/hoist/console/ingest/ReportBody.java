package cn.hoist.console.ingest;

/**
 * The body of a report of a type this console knows, parsed once at ingest from the JSON the agent
 * sent (docs/protocol/v1, {@code report-batch.schema.json}, {@code $defs}) after it passed the schema.
 */
public sealed interface ReportBody permits HeartbeatBody, CheckResultBody, EventBody, InventoryBody {
}
