package cn.hoist.crm.profile.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.hoist.crm.profile.ProfileService;
import cn.hoist.crm.vehicle.LinkForm;

/**
 * The 360° page. Its forms post to the modules that own what they change (customer details, merges, vehicle links),
 * which come back here.
 */
@Controller
class ProfilePageController {

    private final ProfileService profiles;

    ProfilePageController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/customers/{id}")
    String profile(@PathVariable UUID id, Model model) {
        model.addAttribute("profile", profiles.of(id));
        if (!model.containsAttribute("link")) {
            model.addAttribute("link", LinkForm.empty());
        }
        return "customers/profile";
    }
}
