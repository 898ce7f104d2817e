package cn.hoist.console.fleet;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Published when an agent goes ONLINE, OFFLINE or is REVOKED; alert rules listen to it. */
public record AgentStatusChanged(UUID agentId, UUID shopId, AgentStatus from, AgentStatus to, OffsetDateTime at) {
}
