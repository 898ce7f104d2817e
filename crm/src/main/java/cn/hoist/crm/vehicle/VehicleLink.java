package cn.hoist.crm.vehicle;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's relation to a vehicle. */
public record VehicleLink(UUID id, UUID vehicleId, UUID customerId, LinkRole role, OffsetDateTime createdAt) {
}
