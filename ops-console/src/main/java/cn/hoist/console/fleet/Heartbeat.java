package cn.hoist.console.fleet;

import java.time.OffsetDateTime;

/** One heartbeat: the agent is alive. */
public record Heartbeat(AgentInfo agent, long uptimeSeconds, OffsetDateTime reportedAt) {
}
