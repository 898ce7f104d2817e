package cn.hoist.crm.customer;

import java.util.UUID;

/** A merge was undone: what moved to the survivor belongs to the merged customer again. */
public record CustomerMergeUndone(UUID mergeId, UUID survivorId, UUID mergedId) {
}
