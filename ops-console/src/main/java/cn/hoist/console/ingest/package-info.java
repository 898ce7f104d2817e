/**
 * Ingest: the agent protocol ({@code /api/agent/v1}, defined in docs/protocol). Validates every
 * message against the protocol's JSON Schema, processes each report exactly once by its sequence
 * number, and hands reports to the modules that own their type through {@link cn.hoist.console.ingest.ReportHandler}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agent protocol ingest")
package cn.hoist.console.ingest;
