package cn.hoist.crm.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.customer.Consent;
import cn.hoist.crm.customer.Customer;
import cn.hoist.crm.customer.CustomerDetailsService;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.MergeService;
import cn.hoist.crm.security.Permissions;
import cn.hoist.crm.vehicle.VehicleService;

/** Puts the 360° profile together from the modules that know the customer, in one read-only transaction. */
@Service
@PreAuthorize(Permissions.READ_CUSTOMERS)
public class ProfileService {

    private static final int TRAIL = 50;

    private final CustomerService customers;
    private final CustomerDetailsService details;
    private final MergeService merges;
    private final VehicleService vehicles;
    private final AuditLog audit;

    ProfileService(CustomerService customers, CustomerDetailsService details, MergeService merges,
            VehicleService vehicles, AuditLog audit) {
        this.customers = customers;
        this.details = details;
        this.merges = merges;
        this.vehicles = vehicles;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CustomerProfile of(UUID id) {
        Customer customer = customers.get(id);
        List<Consent> history = details.consents(id);
        Map<String, Consent> inForce = new LinkedHashMap<>();
        history.forEach(c -> inForce.putIfAbsent(c.purpose() + "/" + c.channel(), c));
        List<CustomerProfile.OwnedVehicle> owned = vehicles.linksOf(List.of(id)).stream()
                .map(link -> new CustomerProfile.OwnedVehicle(link.role(), vehicles.details(link.vehicleId())))
                .toList();
        return new CustomerProfile(customer, details.contacts(id), details.addresses(id),
                List.copyOf(inForce.values()), history, owned, merges.involving(id), audit.trail(null, id, TRAIL));
    }
}
