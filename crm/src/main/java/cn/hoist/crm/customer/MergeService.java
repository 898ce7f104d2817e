package cn.hoist.crm.customer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.customer.internal.CustomerRepository;
import cn.hoist.crm.customer.internal.CustomerRow;
import cn.hoist.crm.customer.internal.DetailRepository;
import cn.hoist.crm.customer.internal.MergeRepository;
import cn.hoist.crm.customer.internal.MergeRepository.MergeRow;
import cn.hoist.crm.security.Permissions;
import cn.hoist.platform.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges a duplicate customer into the one that stays: contacts, addresses and consent move over in the same
 * transaction, the duplicate is hidden, and the modules that hold customers' ids (vehicle links, later work orders,
 * ...) move theirs when they hear {@link CustomersMerged} -- after the commit, moments later, and again after a crash
 * until they have. What moved here is recorded so the merge can be undone within the window; an undo publishes
 * {@link CustomerMergeUndone}, on which the other modules move theirs back.
 */
@Service
@PreAuthorize(Permissions.READ_CUSTOMERS)
public class MergeService {

    private final CustomerRepository customers;
    private final DetailRepository details;
    private final MergeRepository merges;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final MergeUndoWindow window;

    MergeService(CustomerRepository customers, DetailRepository details, MergeRepository merges,
            AuditLog audit, ApplicationEventPublisher events, JsonMapper json,
            MergeUndoWindow window) {
        this.customers = customers;
        this.details = details;
        this.merges = merges;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.window = window;
    }

    /**
     * What one merge moved in this module; stored as JSON with the merge. Merges made before vehicle links followed
     * {@link CustomersMerged} also hold {@code links}, which migration V11 handed to the vehicle module.
     */
    @JsonIgnoreProperties("links")
    record Moved(DetailRepository.MovedDetails details) {
    }

    @Transactional
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public Merge merge(UUID survivorId, UUID mergedId) {
        if (survivorId.equals(mergedId)) {
            throw ProblemException.invalid("merge.same");
        }
        var survivor = active(survivorId);
        var merged = active(mergedId);
        OffsetDateTime now = window.now();
        Moved moved = new Moved(details.moveAll(mergedId, survivorId));
        customers.setMergedInto(mergedId, survivorId, now);
        UUID id = UUID.randomUUID();
        merges.insert(id, survivorId, mergedId, json.writeValueAsString(moved), now, AuditLog.currentActor());
        audit.record(AuditAction.MERGE, CustomerService.ENTITY, survivorId,
                merged.name() + " → " + survivor.name(), mergedId.toString(), moved);
        events.publishEvent(new CustomersMerged(id, survivorId, mergedId));
        return get(id);
    }

    @Transactional
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public Merge undo(UUID mergeId) {
        Merge merge = get(mergeId);
        OffsetDateTime now = window.now();
        if (!merge.undoable(now)) {
            throw merge.undoneAt() != null ? ProblemException.conflict("merge.alreadyUndone", merge.mergedName())
                    : ProblemException.conflict("merge.undoExpired", merge.mergedName(), window.shown(merge.undoableUntil()));
        }
        Moved moved = json.readValue(merges.find(mergeId).orElseThrow().moved(), Moved.class);
        details.moveBack(moved.details(), merge.mergedId());
        customers.setMergedInto(merge.mergedId(), null, now);
        merges.markUndone(mergeId, now, AuditLog.currentActor());
        audit.record(AuditAction.UNMERGE, CustomerService.ENTITY, merge.survivorId(), merge.mergedName(),
                null, merge.mergedId().toString());
        events.publishEvent(new CustomerMergeUndone(mergeId, merge.survivorId(), merge.mergedId()));
        return get(mergeId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public Merge get(UUID id) {
        return merges.find(id).map(this::toMerge).orElseThrow(() -> ProblemException.notFound("merge.notFound", id));
    }

    /** The list of merges, with who merged whom: for those who may merge, as the Merges page is. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public List<Merge> recent(int limit) {
        return merges.recent(limit).stream().map(this::toMerge).toList();
    }

    @Transactional(readOnly = true)
    public List<Merge> involving(UUID customerId) {
        return merges.involving(customerId).stream().map(this::toMerge).toList();
    }

    private CustomerRow active(UUID id) {
        var row = customers.find(id).orElseThrow(() -> ProblemException.notFound("customer.notFound", id));
        if (row.mergedInto() != null) {
            throw ProblemException.conflict("merge.alreadyMerged", row.name());
        }
        return row;
    }

    private Merge toMerge(MergeRow row) {
        return new Merge(row.id(), row.survivorId(), row.survivorName(), row.mergedId(), row.mergedName(),
                row.mergedAt(), row.mergedBy(), row.undoneAt(), row.undoneBy(), window.end(row.mergedAt()));
    }
}
