package cn.hoist.crm.vehicle.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.vehicle.CarMake;
import cn.hoist.crm.vehicle.CarModel;
import cn.hoist.crm.vehicle.ModelLibrary;
import cn.hoist.crm.vehicle.OdometerReading;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleDetails;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleService;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.Sorting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/vehicles}: vehicles, plates over time, odometer readings, the model library. Links to
 * customers are in {@link VehicleLinkApiController}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Vehicles")
class VehicleApiController {

    private final VehicleService vehicles;
    private final ModelLibrary library;

    VehicleApiController(VehicleService vehicles, ModelLibrary library) {
        this.vehicles = vehicles;
        this.library = library;
    }

    @GetMapping("/vehicles")
    @Operation(summary = "Search or list vehicles",
            description = "With q: plate fragment (3+ characters), VIN or its last 6. Without: a page at a time;"
                    + " sort is plate, vin, createdAt, updatedAt, inspectionDue or insuranceExpiry, - for descending.")
    Page<Vehicle> list(@RequestParam(required = false) @Size(max = 40) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Size(max = 20) String sort) {
        if (q != null && !q.isBlank()) {
            List<Vehicle> found = vehicles.find(q, size);
            return new Page<>(found, 0, size, found.size());
        }
        Sorting sorting = Sorting.parse(sort, "-updatedAt");
        return vehicles.list(sorting.field(), sorting.descending(), page, size);
    }

    @PostMapping("/vehicles")
    ResponseEntity<Vehicle> create(@Valid @RequestBody VehicleForm form) {
        Vehicle created = vehicles.create(form, null, null);
        return ResponseEntity.created(URI.create("/api/vehicles/" + created.id())).body(created);
    }

    @GetMapping("/vehicles/{id}")
    @Operation(summary = "A vehicle with its plates over time, odometer readings and customers")
    VehicleDetails get(@PathVariable UUID id) {
        return vehicles.details(id);
    }

    @PutMapping("/vehicles/{id}")
    Vehicle update(@PathVariable UUID id, @Valid @RequestBody VehicleForm form) {
        return vehicles.update(id, form);
    }

    @PostMapping("/vehicles/{id}/plate")
    @Operation(summary = "Put a plate on the vehicle",
            description = "A plate still on another vehicle is a conflict unless takeFromOther is true.")
    Vehicle changePlate(@PathVariable UUID id, @Valid @RequestBody PlateChange change) {
        return vehicles.changePlate(id, change.plate(), Boolean.TRUE.equals(change.takeFromOther()));
    }

    @PostMapping("/vehicles/{id}/odometer")
    @ResponseStatus(HttpStatus.CREATED)
    OdometerReading addReading(@PathVariable UUID id, @Valid @RequestBody OdometerReading.New reading) {
        return vehicles.addReading(id, reading);
    }

    @GetMapping("/vehicle-makes")
    List<CarMake> makes() {
        return library.makes();
    }

    @GetMapping("/vehicle-models")
    List<CarModel> models() {
        return library.models();
    }

    /** {@code takeFromOther} may be left out (false). */
    record PlateChange(@Size(max = 20) String plate, Boolean takeFromOther) {
    }
}
