package cn.hoist.crm.customer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A merge of a duplicate into the customer that stays, undoable until {@code undoableUntil}. */
public record Merge(UUID id, UUID survivorId, String survivorName, UUID mergedId, String mergedName,
        OffsetDateTime mergedAt, String mergedBy, OffsetDateTime undoneAt, String undoneBy,
        OffsetDateTime undoableUntil) {

    public boolean undoable(OffsetDateTime now) {
        return undoneAt == null && now.isBefore(undoableUntil);
    }
}
