package cn.hoist.crm.staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A staff account as the admin pages show it (never with its password hash). */
public record StaffUser(long id, String username, String displayName, List<String> roles, UUID storeId,
        String storeName, boolean enabled, OffsetDateTime createdAt) {
}
