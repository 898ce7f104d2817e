package cn.hoist.crm.customer.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.hoist.crm.customer.Address;
import cn.hoist.crm.customer.Consent;
import cn.hoist.crm.customer.Contact;
import cn.hoist.crm.customer.CustomerDetailsService;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.RevealableField;

/**
 * The actions on the 360° page: reveal a personal field, contacts, addresses, consent. Each posts
 * and comes back to the profile with a message (post-redirect-get).
 */
@Controller
class CustomerDetailPageController {

    private final CustomerService customers;
    private final CustomerDetailsService details;

    CustomerDetailPageController(CustomerService customers, CustomerDetailsService details) {
        this.customers = customers;
        this.details = details;
    }

    /** Shows the clear value once, on the next page only; the reveal itself is audit-logged. */
    @PostMapping("/customers/{id}/reveal")
    String reveal(@PathVariable UUID id, @RequestParam RevealableField field,
            @RequestParam(required = false) UUID contactId, RedirectAttributes redirect) {
        String value;
        if (contactId != null) {
            value = details.revealContactMobile(id, contactId);
            redirect.addFlashAttribute("revealedContact", contactId);
        } else {
            value = field == RevealableField.ID_NUMBER ? customers.revealIdNumber(id)
                    : customers.revealContact(id, field);
            redirect.addFlashAttribute("revealedField", field.name());
        }
        redirect.addFlashAttribute("revealedValue", value);
        return back(id);
    }

    @PostMapping("/customers/{id}/contacts")
    String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") Contact.Form form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        details.addContact(id, form);
        return back(id);
    }

    @PostMapping("/customers/{id}/contacts/{contactId}/delete")
    String removeContact(@PathVariable UUID id, @PathVariable UUID contactId) {
        details.removeContact(id, contactId);
        return back(id);
    }

    @PostMapping("/customers/{id}/addresses")
    String addAddress(@PathVariable UUID id, @Valid @ModelAttribute("address") Address.Form form,
            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        details.addAddress(id, form);
        return back(id);
    }

    @PostMapping("/customers/{id}/addresses/{addressId}/delete")
    String removeAddress(@PathVariable UUID id, @PathVariable UUID addressId) {
        details.removeAddress(id, addressId);
        return back(id);
    }

    @PostMapping("/customers/{id}/consents")
    String consent(@PathVariable UUID id, @Valid @ModelAttribute("consent") Consent.Form form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return invalid(id, errors, redirect);
        }
        details.recordConsent(id, form);
        return back(id);
    }

    private static String invalid(UUID id, BindingResult errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute("formErrors", errors.getFieldErrors().stream()
                .map(e -> e.getDefaultMessage()).toList());
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/customers/" + id;
    }
}
