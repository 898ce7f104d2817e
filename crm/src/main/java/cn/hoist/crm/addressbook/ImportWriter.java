package cn.hoist.crm.addressbook;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import cn.hoist.crm.addressbook.ImportRow.Match;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.OdometerReading;
import cn.hoist.crm.vehicle.OdometerSource;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleService;
import cn.hoist.platform.web.ProblemException;

/**
 * Carries out a plan through the customer and vehicle services (so every record is validated and
 * audit-logged like one entered at the desk), inside the caller's transaction. A customer already
 * in the CRM gets the fields it has empty from the row; nothing it has is overwritten.
 */
@Component
class ImportWriter {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final CustomerService customers;
    private final VehicleService vehicles;
    private final Clock clock;

    ImportWriter(CustomerService customers, VehicleService vehicles, Clock clock) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    ImportReport write(ImportPlan plan) {
        Map<String, UUID> created = new HashMap<>();
        List<ImportReport.Filled> filled = new ArrayList<>();
        int customersCreated = 0;
        int vehiclesCreated = 0;
        int links = 0;
        for (ImportRow row : plan.rows()) {
            if (!row.valid()) {
                continue;
            }
            try {
                UUID customerId = customerId(row, created);
                customersCreated += row.customerMatch() == Match.NEW ? 1 : 0;
                if (row.customerMatch() == Match.EXISTING) {
                    List<String> fields = customers.complete(customerId, row.customer());
                    if (!fields.isEmpty()) {
                        filled.add(new ImportReport.Filled(row.line(), row.name(),
                                fields.stream().map(RowParser::heading).toList()));
                    }
                }
                if (row.vehicle() != null) {
                    vehiclesCreated += vehicle(row, customerId, created) ? 1 : 0;
                    links++;
                }
            } catch (ProblemException e) {
                throw rowFailed(row, e);
            } catch (DuplicateKeyException e) {
                // another session saved the same VIN (say) after this row was checked
                log.info("Import line {} conflicts with data saved meanwhile: {}", row.line(),
                        e.getMostSpecificCause().getMessage());
                throw rowFailed(row, ProblemException.conflict("import.savedMeanwhile"));
            }
        }
        return new ImportReport(plan.fileName(), plan.rows().size(), customersCreated,
                (int) (plan.count(Match.EXISTING, true) + plan.count(Match.EARLIER_ROW, true)), vehiclesCreated,
                (int) (plan.count(Match.EXISTING, false) + plan.count(Match.EARLIER_ROW, false)), links,
                plan.rows().stream().filter(r -> !r.valid()).map(ImportRow::line).toList(),
                (int) plan.rows().stream().filter(r -> r.valid() && !r.warnings().isEmpty()).count(), filled);
    }

    /**
     * A row the preview let through but the CRM refuses (another customer has its ID number, or
     * another session has just saved its car, say): the same problem, said of the row's line, which
     * ends the import (the caller's transaction then writes nothing).
     */
    private static ProblemException rowFailed(ImportRow row, ProblemException e) {
        Map<String, Object> properties = new HashMap<>(e.properties());
        properties.put("line", row.line());
        return new ProblemException(e.type(), e.status(), "import.rowFailed", properties, row.line(),
                new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments(), e.messageKey()));
    }

    /** Creates the row's vehicle or links the one it matched; true when it was created. */
    private boolean vehicle(ImportRow row, UUID customerId, Map<String, UUID> created) {
        VehicleForm form = withoutOdometer(row.vehicle());
        UUID vehicleId = switch (row.vehicleMatch()) {
            case EXISTING -> row.existingVehicleId();
            case EARLIER_ROW -> vehicleKey(form, created);
            default -> null;
        };
        boolean isNew = vehicleId == null;
        if (isNew) {
            vehicleId = vehicles.create(form, customerId, LinkRole.OWNER).id();
            remember(created, form, vehicleId);
            created.put("owner:" + vehicleId, customerId);
        } else {
            vehicles.link(vehicleId, customerId, LinkRole.OWNER);
        }
        if (row.vehicle().odometerKm() != null) {
            vehicles.addReading(vehicleId, new OdometerReading.New(row.vehicle().odometerKm(), LocalDate.now(clock),
                    OdometerSource.IMPORT));
        }
        return isNew;
    }

    private UUID customerId(ImportRow row, Map<String, UUID> created) {
        if (row.customerMatch() == Match.EXISTING) {
            return row.existingCustomerId();
        }
        if (row.customerMatch() == Match.EARLIER_ROW) {
            UUID earlier = row.mobile() != null ? created.get("m:" + row.mobile())
                    : created.get("owner:" + vehicleKey(withoutOdometer(row.vehicle()), created));
            if (earlier != null) {
                return earlier;
            }
        }
        UUID id = customers.create(row.customer()).id();
        if (row.mobile() != null) {
            created.put("m:" + row.mobile(), id);
        }
        return id;
    }

    private static UUID vehicleKey(VehicleForm form, Map<String, UUID> created) {
        UUID byPlate = form.plate() == null ? null : created.get("p:" + form.plate());
        return byPlate != null ? byPlate : form.vin() == null ? null : created.get("v:" + form.vin());
    }

    private static void remember(Map<String, UUID> created, VehicleForm form, UUID vehicleId) {
        if (form.plate() != null) {
            created.put("p:" + form.plate(), vehicleId);
        }
        if (form.vin() != null) {
            created.put("v:" + form.vin(), vehicleId);
        }
    }

    /** Odometer readings from a file are recorded with source IMPORT, not as read at reception. */
    private static VehicleForm withoutOdometer(VehicleForm f) {
        return new VehicleForm(f.vin(), f.plate(), f.modelId(), f.make(), f.model(), f.modelYear(), f.color(),
                f.engineNo(), f.energy(), f.purchaseDate(), f.registrationDate(), f.insurer(), f.insuranceExpiry(),
                f.inspectionDue(), null);
    }
}
