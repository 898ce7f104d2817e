package cn.hoist.crm.vehicle;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Customers' names for the vehicle pages, which list a car's owner, drivers and fleet. The customer module
 * implements it: customers depend on vehicles, so vehicles ask through this port instead of the other way round.
 */
public interface CustomerNames {

    /** The names of those customers that exist; merged-away and unknown ids are left out. */
    Map<UUID, String> of(Collection<UUID> customerIds);
}
