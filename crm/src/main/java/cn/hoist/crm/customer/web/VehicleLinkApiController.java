package cn.hoist.crm.customer.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.VehicleService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/vehicles/{id}/links}: links a vehicle to a customer and unlinks it. Here rather than
 * with the vehicle API because only this module knows whether a customer exists (the vehicle module
 * holds their ids only).
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

    record LinkRequest(@NotNull UUID customerId, @NotNull LinkRole role) {
    }
}
