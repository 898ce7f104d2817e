package cn.hoist.crm.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditEntry;
import cn.hoist.crm.audit.AuditFilter;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.audit.AuditNarration;
import cn.hoist.crm.audit.AuditPeople;
import cn.hoist.platform.web.Page;

/** {@code /audit}: the audit log for managers, in words, filtered by who, what, which kind of record and when. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 100;

    /** The kinds of record the log holds, in the order the filter offers them. */
    static final List<String> ENTITY_TYPES = List.of("CUSTOMER", "CONTACT", "ADDRESS", "CONSENT", "VEHICLE",
            "VEHICLE_LINK", "ODOMETER", "ADDRESS_BOOK", "USER", "STORE");

    private final AuditLog audit;
    private final AuditNarration narration;
    private final ObjectProvider<AuditPeople> people;

    AuditPageController(AuditLog audit, AuditNarration narration, ObjectProvider<AuditPeople> people) {
        this.audit = audit;
        this.narration = narration;
        this.people = people;
    }

    /** One choice of a filter's select: the value sent and the label shown. */
    record Choice(String value, String label) {
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
        Page<AuditEntry> entries = audit.find(filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("actors", actors());
        model.addAttribute("types", ENTITY_TYPES.stream().map(t -> new Choice(t, narration.entityLabel(t))).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("lines", narration.lines(entries.items()));
        return "audit";
    }

    private List<Choice> actors() {
        List<Choice> actors = new ArrayList<>();
        people.stream().findFirst().ifPresent(p -> p.all().forEach(
                person -> actors.add(new Choice(person.username(), narration.named(person)))));
        actors.add(new Choice(AuditLog.SYSTEM, narration.actor(AuditLog.SYSTEM)));
        return actors;
    }
}
