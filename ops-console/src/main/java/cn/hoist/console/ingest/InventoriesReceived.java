package cn.hoist.console.ingest;

import java.util.List;

import cn.hoist.console.fleet.AgentIdentity;

/**
 * A run of consecutive {@code inventory} reports of one agent, in sequence order, published inside the
 * transaction that records their sequence numbers. Monitoring creates, updates and retires the agent's devices.
 */
public record InventoriesReceived(AgentIdentity agent, List<Received<InventoryBody>> reports) {

    public InventoriesReceived {
        reports = List.copyOf(reports);
    }
}
