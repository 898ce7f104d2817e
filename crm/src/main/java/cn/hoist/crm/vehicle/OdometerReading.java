package cn.hoist.crm.vehicle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reading of the odometer on a day. */
public record OdometerReading(UUID id, UUID vehicleId, int km, LocalDate readOn, OdometerSource source,
        OffsetDateTime recordedAt, String recordedBy) {

    /** A new reading as staff enter it. */
    @Schema(name = "NewOdometerReading")
    public record New(@NotNull @Min(0) @Max(3_000_000) Integer km, @NotNull @PastOrPresent LocalDate readOn,
            @NotNull OdometerSource source) {
    }
}
