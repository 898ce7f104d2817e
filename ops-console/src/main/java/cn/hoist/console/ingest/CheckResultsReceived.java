package cn.hoist.console.ingest;

import java.util.List;

import cn.hoist.console.fleet.AgentIdentity;

/**
 * A run of consecutive {@code check-result} reports of one agent, in sequence order, published inside the
 * transaction that records their sequence numbers. Monitoring stores them and derives device states.
 */
public record CheckResultsReceived(AgentIdentity agent, List<Received<CheckResultBody>> reports) {

    public CheckResultsReceived {
        reports = List.copyOf(reports);
    }
}
