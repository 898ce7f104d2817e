package cn.hoist.crm.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.cndata.Plates;
import cn.hoist.crm.customer.internal.CustomerRepository;
import cn.hoist.crm.customer.internal.CustomerRow;
import cn.hoist.crm.customer.internal.DetailRepository;
import cn.hoist.crm.privacy.PersonalField;
import cn.hoist.crm.security.Permissions;

/**
 * The whole address book with personal data in clear, for an export. Managers only, streamed a
 * batch at a time, and recorded in the audit log as one export with its size.
 */
@Service
public class AddressBook {

    private static final int BATCH = 500;

    private final CustomerRepository customers;
    private final DetailRepository details;
    private final PersonalFields fields;
    private final ObjectProvider<VehiclePlates> vehicles;
    private final AuditLog audit;

    AddressBook(CustomerRepository customers, DetailRepository details, PersonalFields fields,
            ObjectProvider<VehiclePlates> vehicles, AuditLog audit) {
        this.customers = customers;
        this.details = details;
        this.fields = fields;
        this.vehicles = vehicles;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public int export(String format, Consumer<AddressBookEntry> sink) {
        int count = 0;
        String lastName = "";
        UUID lastId = new UUID(0, 0);
        List<CustomerRow> batch;
        do {
            batch = customers.batchAfter(lastName, lastId, BATCH);
            Map<UUID, List<String>> plates = plates(batch);
            for (CustomerRow row : batch) {
                sink.accept(entry(row, plates.getOrDefault(row.id(), List.of())));
                count++;
            }
            if (!batch.isEmpty()) {
                lastName = batch.get(batch.size() - 1).name();
                lastId = batch.get(batch.size() - 1).id();
            }
        } while (batch.size() == BATCH);
        audit.record(AuditAction.EXPORT, "ADDRESS_BOOK", null, format + ", " + count + " customers", null,
                Map.of("format", format, "customers", count));
        return count;
    }

    private AddressBookEntry entry(CustomerRow row, List<String> plates) {
        String address = details.addresses(row.id()).stream().findFirst()
                .map(a -> fields.clear(PersonalField.ADDRESS, a.addressEnc())).orElse(null);
        return new AddressBookEntry(row.name(), CustomerKind.valueOf(row.kind()),
                fields.clear(PersonalField.MOBILE, row.mobileEnc()), row.landline(), row.email(), address,
                row.creditCode(), SourceChannel.valueOf(row.source()), plates);
    }

    /**
     * Each customer's plates, one entry per car; a car without a plate is an empty one: its label ("无牌 · 616662")
     * is for reading, and an import of the exported file would refuse it as a plate.
     */
    private Map<UUID, List<String>> plates(List<CustomerRow> batch) {
        List<UUID> ids = batch.stream().map(CustomerRow::id).toList();
        VehiclePlates known = vehicles.getIfAvailable();
        if (known == null) {
            return Map.of();
        }
        Map<UUID, List<String>> plates = new HashMap<>();
        known.labelsOf(ids).forEach((id, labels) -> plates.put(id, labels.stream()
                .map(label -> Plates.isValid(Plates.normalize(label)) ? label : "").toList()));
        return plates;
    }
}
