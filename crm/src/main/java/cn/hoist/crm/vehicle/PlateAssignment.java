package cn.hoist.crm.vehicle;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A plate on a vehicle for a period; {@code validTo} is empty while it is on the car. */
public record PlateAssignment(UUID id, UUID vehicleId, String plate, OffsetDateTime validFrom,
        OffsetDateTime validTo) {
}
