package cn.hoist.crm.addressbook;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.hoist.crm.addressbook.ImportRow.Match;
import cn.hoist.crm.addressbook.ImportService.UploadedFile;
import cn.hoist.crm.cndata.IdNumbers;
import cn.hoist.crm.cndata.Mobiles;
import cn.hoist.crm.customer.Completion;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleService;

/**
 * Decides for each row whether its customer and vehicle are new, already in the CRM, or an earlier
 * row of the same file. A customer is the same when the mobile is; without a mobile, when the row's
 * vehicle is already known, its owner. A vehicle is the same when the plate or the VIN is; a car
 * found by plate keeps its VIN (a different one in the row is a warning). For a customer already in
 * the CRM, the row fills in the fields the CRM has empty and never overwrites one.
 */
@Component
class ImportPlanner {

    private final RowParser parser;
    private final CustomerService customers;
    private final VehicleService vehicles;
    private final MessageSource messages;

    ImportPlanner(RowParser parser, CustomerService customers, VehicleService vehicles, MessageSource messages) {
        this.parser = parser;
        this.customers = customers;
        this.vehicles = vehicles;
        this.messages = messages;
    }

    ImportPlan plan(UploadedFile file, OffsetDateTime now) {
        List<Column> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String heading : file.table().headings()) {
            Optional<Column> column = Column.forHeading(heading);
            columns.add(column.orElse(null));
            if (column.isEmpty() && heading != null && !heading.isBlank()) {
                ignored.add(heading);
            }
        }
        Seen seen = new Seen();
        Map<String, Integer> models = parser.modelIndex();
        List<ImportRow> rows = new ArrayList<>();
        int line = 1;
        for (List<String> cells : file.table().rows()) {
            line++;
            Map<Column, String> values = RowParser.values(columns, cells);
            if (!values.isEmpty()) {
                rows.add(row(line, values, parser.parse(values, models), seen));
            }
        }
        return new ImportPlan(file.id(), file.fileName(), now, ignored, rows);
    }

    private ImportRow row(int line, Map<Column, String> values, RowParser.Parsed parsed, Seen seen) {
        List<String> errors = new ArrayList<>(parsed.errors());
        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<String> fills = List.of();
        VehicleForm vehicle = parsed.vehicle();
        Match vehicleMatch = Match.NONE;
        UUID vehicleId = null;
        if (vehicle != null && errors.isEmpty()) {
            Optional<Vehicle> byPlate = vehicle.plate() == null ? Optional.empty() : vehicles.byPlate(vehicle.plate());
            Optional<Vehicle> byVin = vehicle.vin() == null ? Optional.empty() : vehicles.byVin(vehicle.vin());
            String crmVin = byPlate.map(Vehicle::vin).orElse(null);
            if (byPlate.isPresent() && byVin.isPresent() && !byPlate.get().id().equals(byVin.get().id())) {
                errors.add(message("import.plateVinConflict", vehicle.plate(), vehicle.vin()));
            } else if (crmVin != null && vehicle.vin() != null && !crmVin.equals(vehicle.vin())) {
                warnings.add(message("import.vinKept", vehicle.plate(), crmVin, vehicle.vin()));
            } else if (byPlate.isEmpty() && vehicle.plate() != null && byVin.map(Vehicle::plate).isPresent()) {
                // Found by VIN with another plate: a plate changes on the vehicle page, with its history, not here.
                warnings.add(message("import.plateKept", vehicle.vin(), byVin.get().plate(), vehicle.plate()));
            }
            vehicleId = byPlate.or(() -> byVin).map(Vehicle::id).orElse(null);
            Optional<Map.Entry<Integer, VehicleForm>> earlier = vehicleId != null ? Optional.empty()
                    : seen.firstRowOf(vehicle);
            vehicleMatch = vehicleId != null ? Match.EXISTING : earlier.isPresent() ? Match.EARLIER_ROW : Match.NEW;
            // The car of an earlier row: that row's plate and VIN stand, and what this row says otherwise is said.
            earlier.ifPresent(first -> {
                String differing = differing(first.getValue(), vehicle);
                if (!differing.isEmpty()) {
                    warnings.add(message("import.earlierRowKept", first.getKey(), describe(first.getValue()),
                            differing));
                }
            });
        }
        String mobile = parsed.customer().mobile() == null ? null
                : Mobiles.normalize(parsed.customer().mobile()).orElse(null);
        UUID customerId = null;
        Match customerMatch = Match.NEW;
        if (errors.isEmpty()) {
            List<UUID> byMobile = mobile == null ? List.of() : customers.idsByMobile(mobile);
            customerId = !byMobile.isEmpty() ? byMobile.get(0) : mobile == null ? ownerOf(vehicleId) : null;
            customerMatch = customerId != null ? Match.EXISTING
                    : mobile != null && seen.mobile(mobile) ? Match.EARLIER_ROW
                    : mobile == null && vehicleMatch == Match.EARLIER_ROW ? Match.EARLIER_ROW : Match.NEW;
            if (mobile == null && vehicle == null) {
                warnings.add(message("import.noDedupKey"));
            }
            if (customerId != null) {
                fills = compare(customerId, parsed.customer(), values, warnings);
            }
            idNumberClash(line, parsed.customer().idNumber(), customerId, mobile, seen).ifPresent(errors::add);
            if (errors.isEmpty()) {
                seen.add(line, mobile, vehicle);
            }
        }
        return new ImportRow(line, parsed.customer().name(), mobile, vehicle == null ? null : vehicle.plate(),
                parsed.customer(), vehicle, customerMatch, customerId, vehicleMatch, vehicleId, fills, errors,
                warnings);
    }

    /**
     * The headings of the fields the row fills in on the customer; each value the CRM keeps over a
     * different one in the row is a warning. Only the row's own cells count (a missing source column
     * is not a claim that the customer walked in).
     */
    private List<String> compare(UUID customerId, CustomerForm row, Map<Column, String> values, List<String> warnings) {
        Completion completion = customers.completion(customerId, row);
        completion.differences().stream()
                .filter(d -> RowParser.column(d.field()).filter(values::containsKey).isPresent())
                .forEach(d -> warnings.add(message("import.kept", RowParser.heading(d.field()),
                        shown(d.field(), d.kept()), shown(d.field(), d.offered()))));
        return completion.missing().stream().map(RowParser::heading).toList();
    }

    private String shown(String field, Object value) {
        return value instanceof Enum<?> e ? message("customer." + field + "." + e.name()) : String.valueOf(value);
    }

    /**
     * An ID number is one customer's: the row is refused in the preview when the number belongs to another customer in
     * the CRM, or to an earlier row of the file that is not the same customer (the import would fail at that line).
     */
    private Optional<String> idNumberClash(int line, String idNumber, UUID customerId, String mobile, Seen seen) {
        if (idNumber == null) {
            return Optional.empty();
        }
        Optional<UUID> holder = customers.idsByIdNumber(idNumber).stream().findFirst();
        if (holder.isPresent() && !holder.get().equals(customerId)) {
            return Optional.of(message("customer.idNumberTaken", customers.get(holder.get()).name()));
        }
        String who = customerId != null ? "c:" + customerId : mobile != null ? "m:" + mobile : "line:" + line;
        return seen.idNumber(IdNumbers.normalize(idNumber), who, line)
                .map(earlier -> message("import.idNumberEarlierRow", earlier));
    }

    /** What this row says about the car that differs from the earlier row (a missing value is no claim). */
    private static String differing(VehicleForm first, VehicleForm row) {
        return join(row.plate() != null && !row.plate().equals(first.plate()) ? row.plate() : null,
                row.vin() != null && !row.vin().equals(first.vin()) ? row.vin() : null);
    }

    private static String describe(VehicleForm v) {
        return join(v.plate(), v.vin());
    }

    private static String join(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).collect(Collectors.joining(" / "));
    }

    private UUID ownerOf(UUID vehicleId) {
        if (vehicleId == null) {
            return null;
        }
        return vehicles.details(vehicleId).links().stream().filter(l -> l.role() == LinkRole.OWNER).findFirst()
                .map(l -> l.customerId()).orElse(null);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Mobiles, plates and VINs of the rows before, to match later rows of the same file. */
    private static final class Seen {

        private final Set<String> mobiles = new HashSet<>();
        /** "p:" plate or "v:" VIN → the line and the car of the first row with it. */
        private final Map<String, Map.Entry<Integer, VehicleForm>> cars = new HashMap<>();
        /** ID number → the customer of the row that brought it (its id, mobile or line) and that row's line. */
        private final Map<String, Map.Entry<String, Integer>> idNumbers = new HashMap<>();

        /** The line of an earlier row with this ID number for another customer, after noting this row's. */
        Optional<Integer> idNumber(String number, String who, int line) {
            Map.Entry<String, Integer> earlier = idNumbers.putIfAbsent(number, Map.entry(who, line));
            return earlier == null || earlier.getKey().equals(who) ? Optional.empty() : Optional.of(earlier.getValue());
        }

        boolean mobile(String e164) {
            return mobiles.contains(e164);
        }

        /** The line and the car of the first row with this plate or VIN. */
        Optional<Map.Entry<Integer, VehicleForm>> firstRowOf(VehicleForm v) {
            Map.Entry<Integer, VehicleForm> byPlate = v.plate() == null ? null : cars.get("p:" + v.plate());
            return Optional.ofNullable(byPlate != null ? byPlate : v.vin() == null ? null : cars.get("v:" + v.vin()));
        }

        void add(int line, String e164, VehicleForm v) {
            if (e164 != null) {
                mobiles.add(e164);
            }
            if (v != null && v.plate() != null) {
                cars.putIfAbsent("p:" + v.plate(), Map.entry(line, v));
            }
            if (v != null && v.vin() != null) {
                cars.putIfAbsent("v:" + v.vin(), Map.entry(line, v));
            }
        }
    }
}
