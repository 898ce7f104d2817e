package cn.hoist.crm.customer;

import java.util.UUID;

/**
 * A duplicate customer was merged into another. Modules that keep history by customer (work
 * orders, membership, ...) move theirs on this event and move it back on {@link CustomerMergeUndone}.
 */
public record CustomersMerged(UUID mergeId, UUID survivorId, UUID mergedId) {
}
