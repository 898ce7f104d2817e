package cn.hoist.crm.staff.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.hoist.crm.security.Roles;
import cn.hoist.crm.staff.NewStore;
import cn.hoist.crm.staff.StaffForm;
import cn.hoist.crm.staff.StaffService;
import cn.hoist.crm.staff.StaffUser;
import cn.hoist.platform.web.ProblemException;

/** {@code /admin}: staff accounts and stores (admins only, also enforced by the service). */
@Controller
class StaffAdminController {

    private final StaffService staff;

    StaffAdminController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", staff.users());
        model.addAttribute("stores", staff.stores());
        model.addAttribute("allRoles", Roles.STAFF);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StaffForm.empty());
        }
        return "staff/users";
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                StaffUser user = staff.create(form);
                redirect.addFlashAttribute("saved", user.username());
                return "redirect:/admin/users";
            } catch (ProblemException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return users(model);
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        StaffUser user = staff.user(username);
        model.addAttribute("user", user);
        model.addAttribute("stores", staff.stores());
        model.addAttribute("allRoles", Roles.STAFF);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffForm(user.username(), user.displayName(), user.roles(),
                    user.storeId(), user.enabled(), null));
        }
        return "staff/user";
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                staff.update(username, form);
                redirect.addFlashAttribute("saved", username);
                return "redirect:/admin/users";
            } catch (ProblemException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return user(username, model);
    }

    @GetMapping("/admin/stores")
    String stores(Model model) {
        model.addAttribute("stores", staff.stores());
        if (!model.containsAttribute("store")) {
            model.addAttribute("store", new NewStore("", "", null));
        }
        return "staff/stores";
    }

    @PostMapping("/admin/stores")
    String createStore(@Valid @ModelAttribute("store") NewStore store, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", staff.createStore(store).name());
                return "redirect:/admin/stores";
            } catch (ProblemException e) {
                errors.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return stores(model);
    }
}
