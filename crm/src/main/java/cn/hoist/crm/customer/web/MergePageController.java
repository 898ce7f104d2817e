package cn.hoist.crm.customer.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.hoist.crm.customer.CustomerSearch;
import cn.hoist.crm.customer.Merge;
import cn.hoist.crm.customer.MergeService;
import cn.hoist.platform.web.ProblemException;

/** Merging duplicates (started from a customer's profile) and the list of merges with their undo. */
@Controller
class MergePageController {

    private final MergeService merges;
    private final CustomerSearch search;
    private final Clock clock;

    MergePageController(MergeService merges, CustomerSearch search, Clock clock) {
        this.merges = merges;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/merges")
    String list(Model model) {
        model.addAttribute("merges", merges.recent(200));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "customers/merges";
    }

    /** Candidates to merge into the customer (an htmx fragment on the profile). */
    @GetMapping("/merges/candidates")
    String candidates(@RequestParam UUID survivor, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("survivor", survivor);
        model.addAttribute("hits", search.search(q, 20).stream().filter(h -> !h.id().equals(survivor)).toList());
        return "customers/merges :: candidates";
    }

    @PostMapping("/merges")
    String merge(@RequestParam UUID survivorId, @RequestParam UUID mergedId, RedirectAttributes redirect) {
        try {
            Merge merge = merges.merge(survivorId, mergedId);
            redirect.addFlashAttribute("merged", merge.mergedName());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        }
        return "redirect:/customers/" + survivorId;
    }

    @PostMapping("/merges/{id}/undo")
    String undo(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Merge merge = merges.undo(id);
            redirect.addFlashAttribute("undone", merge.mergedName());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        }
        return "redirect:/merges";
    }
}
