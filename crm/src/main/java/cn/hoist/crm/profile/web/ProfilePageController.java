package cn.hoist.crm.profile.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.hoist.crm.audit.AuditNarration;
import cn.hoist.crm.profile.CustomerProfile;
import cn.hoist.crm.profile.ProfileService;
import cn.hoist.crm.vehicle.LinkForm;

/**
 * The 360° page. Its forms post to the modules that own what they change (customer details, merges, vehicle links),
 * which come back here.
 */
@Controller
class ProfilePageController {

    private final ProfileService profiles;
    private final AuditNarration narration;

    ProfilePageController(ProfileService profiles, AuditNarration narration) {
        this.profiles = profiles;
        this.narration = narration;
    }

    @GetMapping("/customers/{id}")
    String profile(@PathVariable UUID id, Model model) {
        CustomerProfile profile = profiles.of(id);
        model.addAttribute("profile", profile);
        model.addAttribute("trail", narration.lines(profile.trail()));
        if (!model.containsAttribute("link")) {
            model.addAttribute("link", LinkForm.empty());
        }
        return "customers/profile";
    }
}
