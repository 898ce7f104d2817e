package cn.hoist.console.ingest;

import cn.hoist.console.fleet.AgentIdentity;

/**
 * Processes reports of one type. Called inside the transaction that records the report's sequence
 * number, so a report is either processed and acknowledged, or neither.
 */
public interface ReportHandler {

    /** The report type handled, as in the protocol ({@code heartbeat}, {@code check-result}, ...). */
    String type();

    void handle(AgentIdentity agent, Report report);
}
