package cn.hoist.crm.vehicle.web;

import java.util.List;
import java.util.Map;
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

import cn.hoist.crm.cndata.EnergyType;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.ModelLibrary;
import cn.hoist.crm.vehicle.OdometerReading;
import cn.hoist.crm.vehicle.OdometerSource;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleDetails;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleLink;
import cn.hoist.crm.vehicle.VehicleLabels;
import cn.hoist.crm.vehicle.VehicleService;
import cn.hoist.platform.web.FormErrors;
import cn.hoist.platform.web.ProblemException;

/** Vehicle pages: list and search, register one for a customer, details with plates and odometer, edit. */
@Controller
class VehiclePageController {

    private static final int PAGE_SIZE = 50;

    private final VehicleService vehicles;
    private final VehicleLabels labels;
    private final ModelLibrary library;
    private final CustomerService customers;

    VehiclePageController(VehicleService vehicles, ModelLibrary library, CustomerService customers,
            VehicleLabels labels) {
        this.vehicles = vehicles;
        this.library = library;
        this.customers = customers;
        this.labels = labels;
    }

    @GetMapping("/vehicles")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", vehicles.find(q, PAGE_SIZE));
        } else {
            model.addAttribute("vehicles", vehicles.list("updatedAt", true, Math.max(page, 0), PAGE_SIZE));
        }
        return "vehicles/list";
    }

    @GetMapping("/customers/{customerId}/vehicles/new")
    String newVehicle(@PathVariable UUID customerId, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", VehicleForm.empty());
        }
        return form(model, customerId, null);
    }

    @PostMapping("/customers/{customerId}/vehicles/new")
    String create(@PathVariable UUID customerId, @RequestParam(defaultValue = "OWNER") LinkRole role,
            @Valid @ModelAttribute("form") VehicleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Vehicle created = vehicles.create(form, customerId, role);
                redirect.addFlashAttribute("saved", labels.of(created));
                return "redirect:/customers/" + customerId;
            } catch (ProblemException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, customerId, null);
    }

    @GetMapping("/vehicles/{id}")
    String details(@PathVariable UUID id, Model model) {
        VehicleDetails details = vehicles.details(id);
        model.addAttribute("details", details);
        model.addAttribute("label", labels.of(details.vehicle()));
        List<UUID> linked = details.links().stream().map(VehicleLink::customerId).distinct().toList();
        model.addAttribute("customerNames", linked.isEmpty() ? Map.of() : customers.names(linked));
        model.addAttribute("sources", OdometerSource.values());
        return "vehicles/detail";
    }

    @GetMapping("/vehicles/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Vehicle vehicle = vehicles.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", VehicleForm.of(vehicle));
        }
        return form(model, null, vehicle);
    }

    @PostMapping("/vehicles/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") VehicleForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("saved", labels.of(vehicles.update(id, form)));
                return "redirect:/vehicles/" + id;
            } catch (ProblemException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, null, vehicles.get(id));
    }

    /** A new plate; a plate still on another car moves only when the user confirms it. */
    @PostMapping("/vehicles/{id}/plate")
    String changePlate(@PathVariable UUID id, @RequestParam(defaultValue = "") String plate,
            @RequestParam(defaultValue = "false") boolean takeFromOther, RedirectAttributes redirect) {
        try {
            vehicles.changePlate(id, plate, takeFromOther);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
            redirect.addFlashAttribute("plateTaken", e.properties().containsKey("vehicleId") ? plate : null);
        }
        return "redirect:/vehicles/" + id;
    }

    @PostMapping("/vehicles/{id}/odometer")
    String addReading(@PathVariable UUID id, @Valid @ModelAttribute("reading") OdometerReading.New reading,
            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("formErrors", errors.getFieldErrors().stream()
                    .map(e -> e.getDefaultMessage()).toList());
        } else {
            vehicles.addReading(id, reading);
        }
        return "redirect:/vehicles/" + id;
    }

    @PostMapping("/vehicles/{id}/links/delete")
    String unlink(@PathVariable UUID id, @RequestParam UUID customerId, @RequestParam LinkRole role) {
        vehicles.unlink(id, customerId, role);
        return "redirect:/vehicles/" + id;
    }

    private String form(Model model, UUID customerId, Vehicle existing) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("existing", existing);
        model.addAttribute("roles", LinkRole.values());
        model.addAttribute("energies", EnergyType.values());
        model.addAttribute("makes", library.makes());
        model.addAttribute("models", library.models());
        return "vehicles/form";
    }
}
