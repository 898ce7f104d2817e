package cn.hoist.console.ingest;

import java.util.List;

import cn.hoist.console.fleet.AgentIdentity;

/**
 * A run of consecutive {@code heartbeat} reports of one agent, in sequence order, published inside the
 * transaction that records their sequence numbers. The agent's fleet status follows them (ingest hands them to the fleet itself).
 */
public record HeartbeatsReceived(AgentIdentity agent, List<Received<HeartbeatBody>> reports) {

    public HeartbeatsReceived {
        reports = List.copyOf(reports);
    }
}
