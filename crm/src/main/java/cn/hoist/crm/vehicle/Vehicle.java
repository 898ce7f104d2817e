package cn.hoist.crm.vehicle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.hoist.crm.cndata.EnergyType;

/** A vehicle with its current plate. */
public record Vehicle(UUID id, String vin, String plate, Integer modelId, String make, String model,
        Integer modelYear, String color, String engineNo, EnergyType energy, LocalDate purchaseDate,
        LocalDate registrationDate, String insurer, LocalDate insuranceExpiry, LocalDate inspectionDue,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /**
     * The car's name where no reader's language applies (audit summaries, logs): plate, else the VIN's last six.
     * Pages name it through {@link VehicleLabels}, which marks a car without a plate as such.
     */
    public String label() {
        return plate != null ? plate : vinTail() != null ? vinTail() : id.toString();
    }

    /** The last six characters of the VIN, by which staff name a car without a plate; null without a VIN. */
    public String vinTail() {
        return VehicleLabels.vinTail(vin);
    }
}
