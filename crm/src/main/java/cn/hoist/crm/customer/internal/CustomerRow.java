package cn.hoist.crm.customer.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A {@code customer} row as stored: personal data encrypted, with its blind indexes. */
public record CustomerRow(UUID id, String kind, String name, String gender, LocalDate birthday, String creditCode,
        String mobileEnc, String mobileHash, String mobileTailHash, String idNumberEnc, String idNumberHash,
        String landline, String email, String source, UUID storeId, String notes, UUID mergedInto,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
