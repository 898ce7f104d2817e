package cn.hoist.crm.vehicle;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import cn.hoist.crm.cndata.CnFormat;
import cn.hoist.crm.cndata.EnergyType;
import cn.hoist.crm.cndata.Plates;
import cn.hoist.crm.cndata.Vins;

/**
 * A vehicle as staff enter it. A plate or a VIN is required; at the desk the VIN's check digit must
 * match. Without an energy type the plate's suggestion is used. Either a model from the library or
 * a make and model typed in.
 */
public record VehicleForm(
        @Size(max = 40) @CnFormat(CnFormat.Rule.VIN) String vin,
        @Size(max = 20) @CnFormat(CnFormat.Rule.PLATE) String plate,
        Integer modelId,
        @Size(max = 50) String make,
        @Size(max = 50) String model,
        @Min(1950) @Max(2100) Integer modelYear,
        @Size(max = 20) String color,
        @Size(max = 32) String engineNo,
        EnergyType energy,
        LocalDate purchaseDate,
        LocalDate registrationDate,
        @Size(max = 100) String insurer,
        LocalDate insuranceExpiry,
        LocalDate inspectionDue,
        @Min(0) @Max(3_000_000) Integer odometerKm) {

    public VehicleForm {
        vin = vin == null || vin.isBlank() ? null : Vins.normalize(vin);
        plate = plate == null || plate.isBlank() ? null : Plates.normalize(plate);
        make = blankToNull(make);
        model = blankToNull(model);
        color = blankToNull(color);
        engineNo = engineNo == null || engineNo.isBlank() ? null : engineNo.strip().toUpperCase(java.util.Locale.ROOT);
        insurer = blankToNull(insurer);
    }

    public static VehicleForm empty() {
        return new VehicleForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    public static VehicleForm of(Vehicle v) {
        return new VehicleForm(v.vin(), v.plate(), v.modelId(), v.make(), v.model(), v.modelYear(), v.color(),
                v.engineNo(), v.energy(), v.purchaseDate(), v.registrationDate(), v.insurer(), v.insuranceExpiry(),
                v.inspectionDue(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
