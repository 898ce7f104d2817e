package cn.hoist.crm.vehicle.web;

import java.util.Optional;
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
import cn.hoist.crm.customer.CustomerSearch;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.LinkForm;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleLabels;
import cn.hoist.crm.vehicle.VehicleService;

/**
 * Links a car that is already in the CRM to another customer, from either page: on the profile by
 * plate or VIN, on the vehicle page by searching the customer (the customer module's search box).
 */
@Controller
class VehicleLinkPageController {

    private static final int CANDIDATES = 20;

    private final CustomerService customers;
    private final CustomerSearch search;
    private final VehicleService vehicles;
    private final VehicleLabels labels;

    VehicleLinkPageController(CustomerService customers, CustomerSearch search, VehicleService vehicles,
            VehicleLabels labels) {
        this.customers = customers;
        this.search = search;
        this.vehicles = vehicles;
        this.labels = labels;
    }

    /** The form comes back to the profile with its field errors (post-redirect-get keeps them as flash attributes). */
    @PostMapping("/customers/{id}/vehicles/link")
    String linkVehicle(@PathVariable UUID id, @Valid @ModelAttribute("link") LinkForm form, BindingResult errors,
            RedirectAttributes redirect) {
        customers.get(id);
        if (!errors.hasErrors()) {
            Optional<Vehicle> vehicle = vehicles.byPlateOrVin(form.plateOrVin());
            if (vehicle.isEmpty()) {
                errors.rejectValue("plateOrVin", "vehicles.link.unknown", new Object[] {form.plateOrVin()}, null);
            } else if (!vehicles.link(vehicle.get().id(), id, form.role())) {
                errors.rejectValue("plateOrVin", "vehicles.link.exists", new Object[] {labels.of(vehicle.get())}, null);
            } else {
                redirect.addFlashAttribute("saved", labels.of(vehicle.get()));
            }
        }
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "link", errors);
            redirect.addFlashAttribute("link", form);
        }
        return "redirect:/customers/" + id;
    }

    /** Customers to link to the vehicle (an htmx fragment on the vehicle page). */
    @GetMapping("/vehicles/{id}/customer-candidates")
    String candidates(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("vehicleId", id);
        model.addAttribute("hits", search.search(q, CANDIDATES));
        return "vehicles/detail :: candidates";
    }

    @PostMapping("/vehicles/{id}/links")
    String linkCustomer(@PathVariable UUID id, @RequestParam UUID customerId, @RequestParam LinkRole role,
            RedirectAttributes redirect) {
        vehicles.get(id);
        Customer customer = customers.get(customerId);
        if (vehicles.link(id, customerId, role)) {
            redirect.addFlashAttribute("saved", customer.name());
        } else {
            redirect.addFlashAttribute("problem", "vehicles.link.exists");
            redirect.addFlashAttribute("problemArgs", new Object[] {customer.name()});
        }
        return "redirect:/vehicles/" + id;
    }
}
