package cn.hoist.crm.vehicle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.customer.CustomerMergeUndone;
import cn.hoist.crm.customer.CustomersMerged;
import cn.hoist.crm.vehicle.internal.LinkMergeRepository;
import cn.hoist.crm.vehicle.internal.LinkMergeRepository.LinkMergeRow;
import cn.hoist.crm.vehicle.internal.LinkRepository;
import cn.hoist.platform.Timestamps;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merged-away customer's vehicle links move to the customer that stays, and back when the merge is undone. Each
 * event reaches this listener after the customer module's commit, in a transaction of its own, at least once (again
 * after a crash or a failure, until it completes), and in either order when an undo follows a merge closely; so both
 * handlers are idempotent and the row in {@code vehicle_link_merge} decides: a merge moves links only when it has no
 * row yet, an undo moves them back only from a row it finds, and leaves a row behind either way.
 */
@Component
class LinkMerges {

    static final String ENTITY = "VEHICLE_LINK";

    private final LinkRepository links;
    private final LinkMergeRepository merges;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    LinkMerges(LinkRepository links, LinkMergeRepository merges, AuditLog audit, JsonMapper json, Clock clock) {
        this.links = links;
        this.merges = merges;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        if (merges.lock(merged.mergeId()).isPresent()) {
            return;
        }
        List<UUID> moved = new ArrayList<>();
        List<VehicleLink> dropped = new ArrayList<>();
        for (VehicleLink link : links.forCustomers(List.of(merged.mergedId()))) {
            if (links.exists(link.vehicleId(), merged.survivorId(), link.role())) {
                links.deleteById(link.id());
                dropped.add(link);
            } else {
                links.moveTo(link.id(), merged.survivorId());
                moved.add(link.id());
            }
        }
        LinkTransfer transfer = new LinkTransfer(moved, dropped);
        merges.insert(merged.mergeId(), json.writeValueAsString(transfer), now(), null);
        if (!moved.isEmpty() || !dropped.isEmpty()) {
            audit.record(AuditAction.MERGE, ENTITY, merged.survivorId(), moved.size() + dropped.size() + " links of "
                    + merged.mergedId(), null, Map.of("mergeId", merged.mergeId(), "moved", moved, "dropped", dropped));
        }
    }

    @ApplicationModuleListener
    void on(CustomerMergeUndone undone) {
        Optional<LinkMergeRow> row = merges.lock(undone.mergeId());
        if (row.isEmpty()) {
            merges.insert(undone.mergeId(), null, null, now());
            return;
        }
        if (row.get().undoneAt() != null) {
            return;
        }
        LinkTransfer transfer = json.readValue(row.get().transfer(), LinkTransfer.class);
        for (UUID id : transfer.moved()) {
            links.find(id).filter(l -> !links.exists(l.vehicleId(), undone.mergedId(), l.role()))
                    .ifPresent(l -> links.moveTo(id, undone.mergedId()));
        }
        for (VehicleLink link : transfer.dropped()) {
            if (!links.exists(link.vehicleId(), link.customerId(), link.role())) {
                links.insert(link);
            }
        }
        merges.markUndone(undone.mergeId(), now());
        if (!transfer.moved().isEmpty() || !transfer.dropped().isEmpty()) {
            audit.record(AuditAction.UNMERGE, ENTITY, undone.survivorId(), transfer.moved().size()
                    + transfer.dropped().size() + " links back to " + undone.mergedId(), null,
                    Map.of("mergeId", undone.mergeId()));
        }
    }

    private OffsetDateTime now() {
        return Timestamps.now(clock);
    }
}
