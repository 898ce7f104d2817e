package cn.hoist.crm.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditFilter;
import cn.hoist.crm.audit.AuditLog;

/** {@code /audit}: the audit log for managers, filtered by who, what, which record and when. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 100;

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entries", audit.find(filter, Math.max(page, 0), PAGE_SIZE));
        return "audit";
    }
}
