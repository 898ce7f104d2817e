package cn.hoist.agent.reporting;

/**
 * The body of one report, one record per report type of the protocol (docs/protocol/v1). Bodies are built within
 * the protocol's limits, so that the console never refuses one. The wire {@code type} of each is given by
 * {@link ReportType} and nowhere else; a new report type (backup and drill results) is a new record here, added to
 * {@code permits} and to {@link ReportType}.
 */
public sealed interface ReportBody permits Heartbeat, Event, CheckResult, Inventory {
}
