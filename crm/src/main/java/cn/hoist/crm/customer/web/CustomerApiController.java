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
import cn.hoist.crm.customer.CustomerSearch;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.RevealableField;
import cn.hoist.crm.customer.SearchHit;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.Sorting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/customers}: customers, their contacts and consent. Personal data comes masked. A customer's vehicles
 * ({@code /api/customers/{id}/vehicles}) are served by the vehicle module, the profile by the profile module.
 */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerApiController {

    private final CustomerService customers;
    private final CustomerDetailsService details;
    private final CustomerSearch search;

    CustomerApiController(CustomerService customers, CustomerDetailsService details, CustomerSearch search) {
        this.customers = customers;
        this.details = details;
        this.search = search;
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

    @PutMapping("/{id}")
    @Operation(summary = "Change a customer", description = "An empty mobile, idNumber or address keeps the stored value.")
    Customer update(@PathVariable UUID id, @Valid @RequestBody CustomerForm form) {
        return customers.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a customer", description = "Refused (409) while anything still refers to the customer;"
            + " the problem's references list each kind with its count and a sentence to show.")
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
}
