package cn.hoist.crm.customer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** One of a customer's addresses, masked; the first is the main one. */
public record Address(UUID id, UUID customerId, String label, String address, OffsetDateTime createdAt) {

    /** A new address as staff enter it. */
    @Schema(name = "AddressForm")
    public record Form(@Size(max = 32) String label, @NotBlank @Size(max = 300) String address) {

        public Form {
            label = CustomerForm.trim(label);
            address = CustomerForm.trim(address);
        }
    }
}
