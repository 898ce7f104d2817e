package cn.hoist.console.fleet;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An enrolled agent as the console sees it. */
public record Agent(UUID id, UUID shopId, AgentStatus status, String hostname, String os, String agentVersion,
        Long uptimeSeconds, OffsetDateTime enrolledAt, OffsetDateTime lastSeenAt, OffsetDateTime statusSince) {
}
