package cn.hoist.crm.vehicle.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleLink;
import cn.hoist.crm.vehicle.VehicleService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Vehicles and customers linked: {@code /api/vehicles/{id}/links} links and unlinks, {@code /api/customers/{id}/vehicles}
 * lists a customer's vehicles and registers a new one for them. The customer must exist (the customer module's API
 * says so); the links themselves are this module's.
 */
@RestController
@Tag(name = "Vehicles")
class VehicleLinkApiController {

    private final CustomerService customers;
    private final VehicleService vehicles;

    VehicleLinkApiController(CustomerService customers, VehicleService vehicles) {
        this.customers = customers;
        this.vehicles = vehicles;
    }

    @PostMapping("/api/vehicles/{id}/links")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Link a customer to the vehicle", description = "Linking twice is no change.")
    void link(@PathVariable UUID id, @Valid @RequestBody LinkRequest request) {
        vehicles.get(id);
        customers.get(request.customerId());
        vehicles.link(id, request.customerId(), request.role());
    }

    @DeleteMapping("/api/vehicles/{id}/links")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable UUID id, @Valid @RequestBody LinkRequest request) {
        vehicles.unlink(id, request.customerId(), request.role());
    }

    @GetMapping("/api/customers/{id}/vehicles")
    @Operation(summary = "A customer's vehicles with the customer's role for each",
            description = "Right after a merge or its undo the links follow within moments (they move when the"
                    + " vehicle module hears of it).")
    List<LinkedVehicle> vehiclesOf(@PathVariable UUID id) {
        customers.get(id);
        List<VehicleLink> links = vehicles.linksOf(List.of(id));
        Map<UUID, Vehicle> byId = vehicles.all(links.stream().map(VehicleLink::vehicleId).toList()).stream()
                .collect(Collectors.toMap(Vehicle::id, Function.identity()));
        return links.stream().map(l -> new LinkedVehicle(l.role(), byId.get(l.vehicleId()))).toList();
    }

    @PostMapping("/api/customers/{id}/vehicles")
    @Operation(summary = "Register a vehicle for this customer", description = "role defaults to OWNER.")
    ResponseEntity<Vehicle> addVehicle(@PathVariable UUID id, @RequestParam(defaultValue = "OWNER") LinkRole role,
            @Valid @RequestBody VehicleForm form) {
        customers.get(id);
        Vehicle created = vehicles.create(form, id, role);
        return ResponseEntity.created(URI.create("/api/vehicles/" + created.id())).body(created);
    }

    record LinkRequest(@NotNull UUID customerId, @NotNull LinkRole role) {
    }

    record LinkedVehicle(LinkRole role, Vehicle vehicle) {
    }
}
