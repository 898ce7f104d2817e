package cn.hoist.crm.customer.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.customer.Consent;
import cn.hoist.crm.customer.Contact;
import cn.hoist.crm.customer.Customer;
import cn.hoist.crm.customer.CustomerDetailsService;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerProfile;
import cn.hoist.crm.customer.CustomerSearch;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.RevealableField;
import cn.hoist.crm.customer.SearchHit;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleLink;
import cn.hoist.crm.vehicle.VehicleService;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.Sorting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/customers}: customers, their vehicles, contacts and consent. Personal data comes masked. */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerApiController {

    private final CustomerService customers;
    private final CustomerDetailsService details;
    private final CustomerSearch search;
    private final VehicleService vehicles;

    CustomerApiController(CustomerService customers, CustomerDetailsService details, CustomerSearch search,
            VehicleService vehicles) {
        this.customers = customers;
        this.details = details;
        this.search = search;
        this.vehicles = vehicles;
    }

    @GetMapping
    @Operation(summary = "Search or list customers",
            description = "With q: the search box (plate fragment of 3+ characters, last 4 digits of a mobile, whole"
                    + " mobile or ID number, name fragment, VIN or its last 6), best matches first, at most size hits."
                    + " Without q: all customers a page at a time; sort is name, createdAt, updatedAt or kind,"
                    + " with a leading - for descending (default -updatedAt).")
    Page<SearchHit> list(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Size(max = 20) String sort) {
        if (q != null && !q.isBlank()) {
            List<SearchHit> hits = search.search(q, Math.min(size, CustomerSearch.MAX_HITS));
            return new Page<>(hits, 0, size, hits.size());
        }
        Sorting sorting = Sorting.parse(sort, "-updatedAt");
        return search.list(sorting.field(), sorting.descending(), page, size);
    }

    @PostMapping
    ResponseEntity<Customer> create(@Valid @RequestBody CustomerForm form) {
        Customer created = customers.create(form);
        return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    Customer get(@PathVariable UUID id) {
        return customers.get(id);
    }

    @GetMapping("/{id}/profile")
    @Operation(summary = "The 360° profile: contacts, addresses, consent, vehicles with plates and odometer, trail")
    CustomerProfile profile(@PathVariable UUID id) {
        return details.profile(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a customer", description = "An empty mobile, idNumber or address keeps the stored value.")
    Customer update(@PathVariable UUID id, @Valid @RequestBody CustomerForm form) {
        return customers.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        customers.delete(id);
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "A personal field in clear", description = "Needs the right to see it; every reveal is audit-logged.")
    Map<String, String> reveal(@PathVariable UUID id, @Valid @RequestBody RevealRequest request) {
        String value = request.field() == RevealableField.ID_NUMBER ? customers.revealIdNumber(id)
                : customers.revealContact(id, request.field());
        return Map.of("field", request.field().name(), "value", value == null ? "" : value);
    }

    @GetMapping("/{id}/vehicles")
    List<LinkedVehicle> vehicles(@PathVariable UUID id) {
        customers.get(id);
        List<VehicleLink> links = vehicles.linksOf(List.of(id));
        Map<UUID, Vehicle> byId = vehicles.all(links.stream().map(VehicleLink::vehicleId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Vehicle::id, v -> v));
        return links.stream().map(l -> new LinkedVehicle(l.role(), byId.get(l.vehicleId()))).toList();
    }

    @PostMapping("/{id}/vehicles")
    @Operation(summary = "Register a vehicle for this customer", description = "role defaults to OWNER.")
    ResponseEntity<Vehicle> addVehicle(@PathVariable UUID id, @RequestParam(defaultValue = "OWNER") LinkRole role,
            @Valid @RequestBody VehicleForm form) {
        customers.get(id);
        Vehicle created = vehicles.create(form, id, role);
        return ResponseEntity.created(URI.create("/api/vehicles/" + created.id())).body(created);
    }

    @GetMapping("/{id}/contacts")
    List<Contact> contacts(@PathVariable UUID id) {
        customers.get(id);
        return details.contacts(id);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Contact addContact(@PathVariable UUID id, @Valid @RequestBody Contact.Form form) {
        return details.addContact(id, form);
    }

    @GetMapping("/{id}/consents")
    @Operation(summary = "Every consent record, newest first (the newest per purpose and channel is in force)")
    List<Consent> consents(@PathVariable UUID id) {
        customers.get(id);
        return details.consents(id);
    }

    @PostMapping("/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    Consent recordConsent(@PathVariable UUID id, @Valid @RequestBody Consent.Form form) {
        return details.recordConsent(id, form);
    }

    record RevealRequest(@NotNull RevealableField field) {
    }

    record LinkedVehicle(LinkRole role, Vehicle vehicle) {
    }
}
