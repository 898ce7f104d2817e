/**
 * Ingest: the agent protocol ({@code /api/agent/v1}, defined in docs/protocol). Validates every
 * message against the protocol's JSON Schema, processes each report exactly once by its sequence
 * number, parses each body once into its record ({@link cn.hoist.console.ingest.ReportBody}) and hands
 * runs of reports on as events ({@link cn.hoist.console.ingest.CheckResultsReceived}, ...) inside the
 * transaction that records their sequence numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agent protocol ingest")
package cn.hoist.console.ingest;
