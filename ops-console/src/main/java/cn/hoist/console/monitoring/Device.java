package cn.hoist.console.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A device of a shop, as its agent describes it.
 *
 * @param state the worst status of its current checks; null until the first result
 * @param lastSeenAt when the newest result about it was made
 * @param retiredAt when it dropped out of the agent's inventory; null while watched
 */
public record Device(long id, UUID shopId, UUID agentId, String name, String kind, String address,
        List<String> checks, CheckStatus state, OffsetDateTime stateSince, OffsetDateTime lastSeenAt,
        OffsetDateTime createdAt, OffsetDateTime retiredAt) {
}
