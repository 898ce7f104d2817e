package cn.hoist.console.fleet;

import java.util.UUID;

/** An authenticated agent: it may only ever write data of its own shop. */
public record AgentIdentity(UUID agentId, UUID shopId) {
}
