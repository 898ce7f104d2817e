package cn.hoist.crm.customer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer as staff see it: mobile, ID number and address masked ({@code 138****5678}); the clear
 * values only come out through a reveal, which is audit-logged. {@code mergedInto} is set when this
 * customer was merged into another.
 */
public record Customer(UUID id, CustomerKind kind, String name, Gender gender, LocalDate birthday,
        String creditCode, String mobile, String idNumber, String landline, String email, String address,
        SourceChannel source, UUID storeId, String notes, UUID mergedInto, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
