package cn.hoist.console.fleet;

import java.util.Map;

/** The fleet at a glance: how many shops, and how many agents in each status. */
public record FleetSummary(long shops, Map<AgentStatus, Long> agents) {

    public long agents(AgentStatus status) {
        return agents.getOrDefault(status, 0L);
    }
}
