package cn.hoist.crm.customer.web;

import java.util.UUID;

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

import cn.hoist.crm.customer.Customer;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerKind;
import cn.hoist.crm.customer.CustomerSearch;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.Gender;
import cn.hoist.crm.customer.SourceChannel;
import cn.hoist.crm.staff.StaffService;
import cn.hoist.platform.web.FormErrors;
import cn.hoist.platform.web.ProblemException;

/** The customer pages: list with the as-you-type search box, new, edit, delete (the 360° profile is the profile module's). */
@Controller
class CustomerPageController {

    private static final int PAGE_SIZE = 50;

    private final CustomerService customers;
    private final CustomerSearch search;
    private final StaffService staff;

    CustomerPageController(CustomerService customers, CustomerSearch search, StaffService staff) {
        this.customers = customers;
        this.search = search;
        this.staff = staff;
    }

    @GetMapping("/customers")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", search.search(q, CustomerSearch.MAX_HITS));
        } else {
            var list = customers.list("updatedAt", true, Math.max(page, 0), PAGE_SIZE);
            model.addAttribute("customers", list);
            model.addAttribute("plates", search.platesOf(list.items().stream().map(Customer::id).toList()));
        }
        return "customers/list";
    }

    /** The results of the search box as the user types (an htmx fragment). */
    @GetMapping("/customers/search")
    String searchResults(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search.search(q, CustomerSearch.MAX_HITS));
        return "customers/list :: results";
    }

    @GetMapping("/customers/new")
    String newCustomer(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CustomerForm.empty());
        }
        return form(model, null);
    }

    @PostMapping("/customers/new")
    String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Customer created = customers.create(form);
                redirect.addFlashAttribute("saved", created.name());
                return "redirect:/customers/" + created.id();
            } catch (ProblemException e) {
                FormErrors.reject(errors, e);
                model.addAttribute("holder", e.properties().get("customerId"));
            }
        }
        return form(model, null);
    }

    @GetMapping("/customers/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Customer c = customers.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CustomerForm(c.kind(), c.name(), c.gender(), c.birthday(), null, null,
                    c.creditCode(), c.landline(), c.email(), null, c.source(), c.storeId(), c.notes()));
        }
        return form(model, c);
    }

    @PostMapping("/customers/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", customers.update(id, form).name());
                return "redirect:/customers/" + id;
            } catch (ProblemException e) {
                FormErrors.reject(errors, e);
                model.addAttribute("holder", e.properties().get("customerId"));
            }
        }
        return form(model, customers.get(id));
    }

    @PostMapping("/customers/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            customers.delete(id);
            redirect.addFlashAttribute("deleted", true);
            return "redirect:/customers";
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
            return "redirect:/customers/" + id;
        }
    }

    private String form(Model model, Customer existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("sources", SourceChannel.values());
        model.addAttribute("stores", staff.stores());
        return "customers/form";
    }
}
