package cn.hoist.console.ingest;

import java.util.List;

import cn.hoist.console.fleet.AgentIdentity;

/**
 * Processes reports of one type. Called inside the transaction that records the reports' sequence
 * numbers, so a report is either processed and acknowledged, or neither.
 */
public interface ReportHandler {

    /** The report type handled, as in the protocol ({@code heartbeat}, {@code check-result}, ...). */
    String type();

    void handle(AgentIdentity agent, Report report);

    /**
     * Processes consecutive reports of this type, in sequence order. Handlers of bulky types override
     * it to write a whole run with a few batched statements instead of a few statements per report.
     */
    default void handleAll(AgentIdentity agent, List<Report> reports) {
        reports.forEach(report -> handle(agent, report));
    }
}
