package cn.hoist.console.fleet;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Published inside the enrollment transaction: a new agent exists. */
public record AgentEnrolled(UUID agentId, UUID shopId, OffsetDateTime at) {
}
