package cn.hoist.console.ingest;

import java.util.List;

import cn.hoist.console.fleet.AgentIdentity;

/**
 * A run of consecutive {@code event} reports of one agent, in sequence order, published inside the
 * transaction that records their sequence numbers. Monitoring stores them and announces each one.
 */
public record EventsReceived(AgentIdentity agent, List<Received<EventBody>> reports) {

    public EventsReceived {
        reports = List.copyOf(reports);
    }
}
