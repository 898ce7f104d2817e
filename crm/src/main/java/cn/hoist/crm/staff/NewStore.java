package cn.hoist.crm.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to open a store. */
public record NewStore(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{staff.store.code.invalid}") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 300) String address) {

    public NewStore {
        code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? null : name.strip();
        address = address == null || address.isBlank() ? null : address.strip();
    }
}
