package cn.hoist.crm.customer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A consent given or withdrawn for one purpose and channel, under a version of the privacy notice.
 * Records are never changed; the latest per purpose and channel is in force.
 */
public record Consent(UUID id, UUID customerId, ConsentPurpose purpose, ConsentChannel channel, boolean granted,
        String policyVersion, OffsetDateTime recordedAt, String recordedBy) {

    /** A change of consent as staff record it. */
    @Schema(name = "ConsentForm")
    public record Form(@NotNull ConsentPurpose purpose, @NotNull ConsentChannel channel, @NotNull Boolean granted) {
    }
}
