package cn.hoist.console.incident.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.console.incident.IncomingSignals;
import cn.hoist.console.incident.Signal;
import cn.hoist.console.incident.SignalSource;
import cn.hoist.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** {@code GET /api/incidents/signals}: what the incident module heard about a shop. */
@RestController
@Validated
class SignalApiController {

    private final IncomingSignals signals;

    SignalApiController(IncomingSignals signals) {
        this.signals = signals;
    }

    @Operation(summary = "A shop's incoming signals, newest first: agent status, device states, agents' events, CRM status")
    @GetMapping("/api/incidents/signals")
    Page<Signal> signals(@RequestParam UUID shopId,
            @Parameter(description = "only signals from this source") @RequestParam(required = false) SignalSource source,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return signals.forShop(shopId, source, page, size);
    }
}
