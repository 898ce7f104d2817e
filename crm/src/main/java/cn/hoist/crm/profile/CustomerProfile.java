package cn.hoist.crm.profile;

import java.util.List;

import cn.hoist.crm.audit.AuditEntry;
import cn.hoist.crm.customer.Address;
import cn.hoist.crm.customer.Consent;
import cn.hoist.crm.customer.Contact;
import cn.hoist.crm.customer.Customer;
import cn.hoist.crm.customer.Merge;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.VehicleDetails;

/**
 * The 360° view of a customer: everything known so far. Later features (work orders, membership,
 * reminders, complaints, surveys) add their sections next to these.
 */
public record CustomerProfile(Customer customer, List<Contact> contacts, List<Address> addresses,
        List<Consent> consentInForce, List<Consent> consentHistory, List<OwnedVehicle> vehicles,
        List<Merge> merges, List<AuditEntry> trail) {

    /** A vehicle of the customer, with the customer's role for it. */
    public record OwnedVehicle(LinkRole role, VehicleDetails details) {
    }
}
