package cn.hoist.console.monitoring.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.console.monitoring.Device;
import cn.hoist.console.monitoring.DeviceDetail;
import cn.hoist.console.monitoring.DeviceEvent;
import cn.hoist.console.monitoring.MetricHistory;
import cn.hoist.console.monitoring.ShopHealth;
import cn.hoist.console.monitoring.internal.MetricHistories;
import cn.hoist.console.monitoring.internal.MonitoringQueries;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** Devices, their checks and history, events, and the fleet overview, for staff and integrations. */
@RestController
@Validated
class DeviceApiController {

    static final String NAME = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
    static final String CHECK = "^[a-z][a-z0-9.-]{0,63}$";

    private final MonitoringQueries queries;
    private final MetricHistories histories;
    private final Clock clock;

    DeviceApiController(MonitoringQueries queries, MetricHistories histories, Clock clock) {
        this.queries = queries;
        this.histories = histories;
        this.clock = clock;
    }

    @Operation(summary = "Every shop's health, worst first: devices per state, agents online and offline")
    @GetMapping("/api/overview")
    Page<ShopHealth> overview(@Parameter(description = "part of the shop's or chain's name") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "only shops with a warning or worse") @RequestParam(defaultValue = "false") boolean problems,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.overview(q, problems, page, size);
    }

    @Operation(summary = "A shop's devices, worst state first")
    @GetMapping("/api/shops/{shopId}/devices")
    Page<Device> devices(@PathVariable UUID shopId,
            @Parameter(description = "include devices no longer in the agent's inventory") @RequestParam(defaultValue = "false") boolean retired,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.devices(shopId, retired, page, size);
    }

    @Operation(summary = "A device of a shop by its name, with the latest result of each check")
    @GetMapping("/api/shops/{shopId}/devices/{name}")
    DeviceDetail device(@PathVariable UUID shopId, @PathVariable @Pattern(regexp = NAME) String name) {
        return queries.device(shopId, name);
    }

    @Operation(summary = "A device with the latest result of each check")
    @GetMapping("/api/devices/{id}")
    DeviceDetail device(@PathVariable long id) {
        return queries.device(id);
    }

    @Operation(summary = "Recent values of one metric of one check (the short history; Prometheus keeps the long one)")
    @GetMapping("/api/devices/{id}/history")
    MetricHistory history(@PathVariable long id,
            @Parameter(description = "the check, e.g. snmp.interfaces") @RequestParam @Pattern(regexp = CHECK) String check,
            @Parameter(description = "the metric, e.g. snmp_if_in_bits_per_second") @RequestParam @Pattern(regexp = "^[a-z_][a-z0-9_]{0,99}$") String metric,
            @Parameter(description = "ISO-8601 start; default 24 hours ago") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(description = "ISO-8601 end; default now") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        OffsetDateTime end = to == null ? Timestamps.now(clock) : to;
        return histories.history(id, check, metric, from == null ? end.minus(Duration.ofHours(24)) : from, end);
    }

    @Operation(summary = "A shop's events, newest first")
    @GetMapping("/api/shops/{shopId}/events")
    Page<DeviceEvent> events(@PathVariable UUID shopId,
            @Parameter(description = "only events of this device") @RequestParam(required = false) @Pattern(regexp = "^.{1,100}$") String device,
            @RequestParam(required = false) @Pattern(regexp = "^(INFO|WARNING|CRITICAL)$") String severity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return queries.events(shopId, device, severity, page, size);
    }
}
