package cn.hoist.crm.addressbook;

import java.util.List;
import java.util.UUID;

import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.vehicle.VehicleForm;

/**
 * One data row of an import file as understood: what it would create or match, what it would fill
 * in on a customer already in the CRM ({@code fills}: the headings of fields the CRM has empty), and
 * what is wrong with it. {@code line} is the row number as a spreadsheet shows it (the heading is line 1).
 */
public record ImportRow(int line, String name, String mobile, String plate, CustomerForm customer,
        VehicleForm vehicle, Match customerMatch, UUID existingCustomerId, Match vehicleMatch,
        UUID existingVehicleId, List<String> fills, List<String> errors, List<String> warnings) {

    /** Whether a row's customer or vehicle is new, already in the CRM, or earlier in the same file. */
    public enum Match {
        NEW, EXISTING, EARLIER_ROW, NONE
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
