package cn.hoist.crm.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the search box and the address book need of customers' vehicles. The vehicle module implements it: vehicles
 * depend on customers, so customers ask through this port instead of depending on vehicles. Without an
 * implementation (this module alone, in a test) the search finds no one by plate and lists no plates.
 */
public interface VehiclePlates {

    /** The customers of vehicles whose plate contains the fragment (three characters or more) or whose VIN matches. */
    List<UUID> customerIds(String plateOrVin, int limit);

    /** Each customer's vehicles as staff name them (plate, else the end of the VIN). */
    Map<UUID, List<String>> labelsOf(Collection<UUID> customerIds);
}
