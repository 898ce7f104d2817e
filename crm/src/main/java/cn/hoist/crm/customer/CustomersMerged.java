package cn.hoist.crm.customer;

import java.util.UUID;

/**
 * A duplicate customer was merged into another. Modules that keep history by customer (vehicle links today; work
 * orders, membership, ... next) move theirs on this event and move it back on {@link CustomerMergeUndone}. Heard
 * after the merge commits, at least once: a listener must be idempotent, and may hear the undo first.
 */
public record CustomersMerged(UUID mergeId, UUID survivorId, UUID mergedId) {
}
