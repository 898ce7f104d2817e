package cn.hoist.console.fleet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to register a shop. */
public record NewShop(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String chain,
        @Size(max = 300) String address,
        @Size(max = 100) String contact,
        @Size(max = 40) @Pattern(regexp = "^[0-9+()\\- ]*$", message = "{fleet.shop.phone.invalid}") String phone) {

    public NewShop {
        name = trim(name);
        chain = trim(chain);
        address = trim(address);
        contact = trim(contact);
        phone = trim(phone);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
