package cn.hoist.crm.vehicle;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.hoist.crm.customer.CustomerReferences;
import cn.hoist.crm.vehicle.internal.LinkRepository;

/**
 * A customer linked to a vehicle is not deleted: staff unlink the cars first, a deliberate step, so that a car's
 * owner never disappears by accident (the cars themselves stay, with their VIN-keyed history).
 */
@Component
class VehicleReferences implements CustomerReferences {

    private final LinkRepository links;

    VehicleReferences(LinkRepository links) {
        this.links = links;
    }

    @Override
    public List<Blocking> blocking(UUID customerId) {
        long vehicles = links.forCustomers(List.of(customerId)).stream().map(VehicleLink::vehicleId).distinct().count();
        return vehicles == 0 ? List.of() : List.of(new Blocking("vehicle.references.links", vehicles));
    }
}
