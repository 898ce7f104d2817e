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

    /** How staff name the car in a list: plate, else the end of the VIN. */
    public String label() {
        return plate != null ? plate : vin == null ? id.toString() : "…" + vin.substring(11);
    }
}
