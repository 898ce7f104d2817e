package cn.hoist.crm.customer.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.crm.customer.Merge;
import cn.hoist.crm.customer.MergeService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/merges}: merging duplicate customers, and undoing a merge within the window. */
@RestController
@RequestMapping("/api/merges")
@Tag(name = "Customers")
class MergeApiController {

    private final MergeService merges;

    MergeApiController(MergeService merges) {
        this.merges = merges;
    }

    @GetMapping
    List<Merge> recent() {
        return merges.recent(100);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Merge a duplicate into the customer that stays",
            description = "Contacts, addresses and consent move to the survivor at once, vehicle links moments after"
                    + " the answer (the vehicle module moves them when it hears of the merge); undoable for 30 days.")
    Merge merge(@Valid @RequestBody MergeRequest request) {
        return merges.merge(request.survivorId(), request.mergedId());
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "Undo a merge within its window",
            description = "What moved goes back; vehicle links moments after the answer.")
    Merge undo(@PathVariable UUID id) {
        return merges.undo(id);
    }

    record MergeRequest(@NotNull UUID survivorId, @NotNull UUID mergedId) {
    }
}
