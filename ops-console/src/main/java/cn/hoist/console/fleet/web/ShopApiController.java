package cn.hoist.console.fleet.web;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.console.fleet.EnrollmentService;
import cn.hoist.console.fleet.IssuedCode;
import cn.hoist.console.fleet.NewShop;
import cn.hoist.console.fleet.Shop;
import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.fleet.ShopWithAgents;
import cn.hoist.platform.web.Page;

/** {@code /api/shops}: the vendor's shops, their agents, and enrollment codes. */
@RestController
@RequestMapping("/api/shops")
@Validated
class ShopApiController {

    private final ShopService shops;
    private final EnrollmentService enrollment;

    ShopApiController(ShopService shops, EnrollmentService enrollment) {
        this.shops = shops;
        this.enrollment = enrollment;
    }

    @GetMapping
    Page<ShopWithAgents> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return shops.list(page, size);
    }

    @GetMapping("/{id}")
    ShopWithAgents get(@PathVariable UUID id) {
        return shops.get(id);
    }

    @PostMapping
    ResponseEntity<Shop> create(@Valid @RequestBody NewShop shop) {
        Shop created = shops.create(shop);
        return ResponseEntity.created(URI.create("/api/shops/" + created.id())).body(created);
    }

    /** A one-time enrollment code; {@code validFor} is an ISO-8601 duration such as {@code PT2H}, at most 7 days. */
    @PostMapping("/{id}/enrollment-codes")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCode issueCode(@PathVariable UUID id, @RequestBody(required = false) CodeRequest request,
            Principal principal) {
        return enrollment.issueCode(id, request == null ? null : request.validFor(), principal.getName());
    }

    record CodeRequest(Duration validFor) {
    }
}
