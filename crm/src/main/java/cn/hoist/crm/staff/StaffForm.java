package cn.hoist.crm.staff;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.hoist.platform.web.MaxBytes;

/**
 * A new account or changes to one. The password is required for a new account and, when given for
 * an existing one, replaces its password. An unticked "enabled" box sends nothing, hence the
 * {@code Boolean}: absent means disabled. A password may be at most 72 bytes (24 Chinese characters, 72 Latin
 * ones): bcrypt uses no more, and a longer one silently cut would be weaker than its owner thinks.
 */
public record StaffForm(
        @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{staff.username.invalid}") String username,
        @Size(max = 100) String displayName,
        @NotEmpty(message = "{staff.roles.required}") List<String> roles,
        UUID storeId,
        Boolean enabled,
        @Size(min = 12, message = "{staff.password.tooShort}")
        @MaxBytes(value = 72, message = "{staff.password.tooLong}") String password) {

    public StaffForm {
        username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
        enabled = Boolean.TRUE.equals(enabled);
        password = password == null || password.isEmpty() ? null : password;
    }

    public static StaffForm empty() {
        return new StaffForm("", null, List.of(), null, true, null);
    }
}
