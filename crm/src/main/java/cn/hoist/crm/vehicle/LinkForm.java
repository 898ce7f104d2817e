package cn.hoist.crm.vehicle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Linking a car already in the CRM to a customer: its plate or VIN as staff type it, and the customer's role. */
public record LinkForm(@NotBlank @Size(max = 20) String plateOrVin, @NotNull LinkRole role) {

    /** The empty form a profile page starts with. */
    public static LinkForm empty() {
        return new LinkForm(null, LinkRole.OWNER);
    }
}
