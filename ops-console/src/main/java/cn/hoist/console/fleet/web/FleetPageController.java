package cn.hoist.console.fleet.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.hoist.console.fleet.AgentService;
import cn.hoist.console.fleet.EnrollmentService;
import cn.hoist.console.fleet.NewShop;
import cn.hoist.console.fleet.Shop;
import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.fleet.ShopWithAgents;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.ProblemException;

/** The fleet pages: all shops with their agents, one shop, enrollment and revocation. */
@Controller
class FleetPageController {

    private static final int PAGE_SIZE = 100;

    private final ShopService shops;
    private final EnrollmentService enrollment;
    private final AgentService agents;

    FleetPageController(ShopService shops, EnrollmentService enrollment, AgentService agents) {
        this.shops = shops;
        this.enrollment = enrollment;
        this.agents = agents;
    }

    /** The monitoring overview is the start page: what is wrong across the fleet comes first. */
    @GetMapping("/")
    String home() {
        return "redirect:/overview";
    }

    @GetMapping("/fleet")
    String fleet(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<ShopWithAgents> list = shops.list(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("shops", list);
        model.addAttribute("summary", shops.summary());
        if (!model.containsAttribute("newShop")) {
            model.addAttribute("newShop", new NewShop("", null, null, null, null));
        }
        return "fleet";
    }

    @PostMapping("/fleet/shops")
    String createShop(@Valid @ModelAttribute("newShop") NewShop newShop, BindingResult errors,
            RedirectAttributes redirect, Model model) {
        if (!errors.hasErrors()) {
            try {
                Shop shop = shops.create(newShop);
                redirect.addFlashAttribute("created", shop.name());
                return "redirect:/shops/" + shop.id();
            } catch (ProblemException e) {
                errors.rejectValue("name", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return fleet(0, model);
    }

    @GetMapping("/shops/{id}")
    String shop(@PathVariable UUID id, Model model) {
        model.addAttribute("shop", shops.get(id));
        return "shop";
    }

    @PostMapping("/shops/{id}/enrollment-codes")
    String issueCode(@PathVariable UUID id, Principal principal, HttpServletRequest request,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("issued", enrollment.issueCode(id, null, principal.getName()));
        redirect.addFlashAttribute("consoleUrl", ServletUriComponentsBuilder.fromContextPath(request).toUriString());
        return "redirect:/shops/" + id;
    }

    @PostMapping("/agents/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID shopId = agents.get(id).shopId();
        agents.revoke(id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/shops/" + shopId;
    }
}
