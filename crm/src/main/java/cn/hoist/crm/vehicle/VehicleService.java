package cn.hoist.crm.vehicle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.cndata.EnergyType;
import cn.hoist.crm.cndata.Plates;
import cn.hoist.crm.cndata.Vins;
import cn.hoist.crm.customer.VehiclePlates;
import cn.hoist.crm.security.Permissions;
import cn.hoist.crm.vehicle.internal.LinkRepository;
import cn.hoist.crm.vehicle.internal.ReadingRepository;
import cn.hoist.crm.vehicle.internal.VehicleRepository;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.ProblemException;

/**
 * Registers and changes vehicles, their plates, odometer readings and customer links; all audit-logged. Answers the
 * customer module's questions about plates ({@link VehiclePlates}) for its search box and address book.
 */
@Service
@PreAuthorize(Permissions.READ_CUSTOMERS)
public class VehicleService implements VehiclePlates {

    static final String ENTITY = "VEHICLE";

    private final VehicleRepository vehicles;
    private final LinkRepository links;
    private final ReadingRepository readings;
    private final ModelLibrary library;
    private final AuditLog audit;
    private final Clock clock;
    private final VehicleLabels labels;

    VehicleService(VehicleRepository vehicles, LinkRepository links, ReadingRepository readings, ModelLibrary library,
            AuditLog audit, Clock clock, VehicleLabels labels) {
        this.vehicles = vehicles;
        this.links = links;
        this.readings = readings;
        this.library = library;
        this.audit = audit;
        this.clock = clock;
        this.labels = labels;
    }

    /**
     * A new vehicle, linked to the customer when one is given. The VIN must be well-formed; its check
     * digit is the caller's business (the desk rejects a wrong one, an import only warns).
     */
    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Vehicle create(VehicleForm form, UUID customerId, LinkRole role) {
        OffsetDateTime now = Timestamps.now(clock);
        Vehicle vehicle = build(UUID.randomUUID(), form, now, now);
        checkUnique(vehicle, null);
        vehicles.insert(vehicle);
        if (form.odometerKm() != null) {
            readings.insert(new OdometerReading(UUID.randomUUID(), vehicle.id(), form.odometerKm(),
                    now.toLocalDate(), OdometerSource.RECEPTION, now, AuditLog.currentActor()));
        }
        audit.record(AuditAction.CREATE, ENTITY, vehicle.id(), vehicle.label(), null, vehicle);
        if (customerId != null) {
            link(vehicle.id(), customerId, role == null ? LinkRole.OWNER : role);
        }
        return vehicle;
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Vehicle update(UUID id, VehicleForm form) {
        Vehicle before = get(id);
        Vehicle after = build(id, form, before.createdAt(), Timestamps.now(clock));
        checkUnique(after, id);
        vehicles.update(after);
        if (!Objects.equals(before.plate(), after.plate())) {
            vehicles.assignPlate(id, after.plate(), after.updatedAt());
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, after.label(), before, after);
        return get(id);
    }

    /**
     * Puts a plate on this vehicle. A plate still on another vehicle moves from it only when asked
     * to ({@code takeFromOther}): a plate moving between cars is real, but usually a typing mistake.
     */
    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Vehicle changePlate(UUID id, String rawPlate, boolean takeFromOther) {
        Vehicle before = get(id);
        String plate = rawPlate == null || rawPlate.isBlank() ? null : Plates.normalize(rawPlate);
        if (plate != null && !Plates.isValid(plate)) {
            throw ProblemException.invalid("cndata.plate.invalid");
        }
        if (plate == null && before.vin() == null) {
            // a car is found by its plate or its VIN: without both it could never be found again
            throw ProblemException.invalid("vehicle.plateOrVin");
        }
        OffsetDateTime now = Timestamps.now(clock);
        Optional<Vehicle> holder = plate == null ? Optional.empty() : vehicles.findByPlate(plate)
                .filter(v -> !v.id().equals(id));
        if (holder.isPresent()) {
            if (!takeFromOther) {
                throw plateTaken(plate, holder.get());
            }
            if (holder.get().vin() == null) {
                throw ProblemException.conflict("vehicle.plateOnlyIdentity", plate, holder.get().id());
            }
            vehicles.assignPlate(holder.get().id(), null, now);
            audit.record(AuditAction.UPDATE, ENTITY, holder.get().id(), plate, holder.get(), get(holder.get().id()));
        }
        vehicles.assignPlate(id, plate, now);
        Vehicle after = get(id);
        audit.record(AuditAction.UPDATE, ENTITY, id, after.label(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Vehicle get(UUID id) {
        return vehicles.find(id).orElseThrow(() -> ProblemException.notFound("vehicle.notFound", id));
    }

    @Transactional(readOnly = true)
    public VehicleDetails details(UUID id) {
        return new VehicleDetails(get(id), vehicles.plates(id), readings.forVehicle(id), links.forVehicle(id));
    }

    @Transactional(readOnly = true)
    public Page<Vehicle> list(String sort, boolean descending, int page, int size) {
        return new Page<>(vehicles.page(sort, descending, page, size), page, size, vehicles.count());
    }

    /** Vehicles whose current plate contains the fragment (at least three characters), or whose VIN matches. */
    @Transactional(readOnly = true)
    public List<Vehicle> find(String query, int limit) {
        return vehicles.findAll(vehicleIds(query, limit));
    }

    @Transactional(readOnly = true)
    public Optional<Vehicle> byPlate(String plate) {
        return vehicles.findByPlate(Plates.normalize(plate));
    }

    @Transactional(readOnly = true)
    public Optional<Vehicle> byVin(String vin) {
        return vehicles.findByVin(Vins.normalize(vin));
    }

    /** The vehicle with this plate or VIN, typed either way (a well-formed VIN is taken as a VIN). */
    @Transactional(readOnly = true)
    public Optional<Vehicle> byPlateOrVin(String plateOrVin) {
        String compact = Vins.normalize(plateOrVin);
        return Vins.isWellFormed(compact) ? vehicles.findByVin(compact) : byPlate(plateOrVin);
    }

    /** The customers of vehicles matching a plate fragment or VIN (as {@link #find}); for the search box. */
    @Override
    @Transactional(readOnly = true)
    public List<UUID> customerIds(String query, int limit) {
        return links.customerIds(vehicleIds(query, limit), limit);
    }

    @Transactional(readOnly = true)
    public List<VehicleLink> linksOf(Collection<UUID> customerIds) {
        return links.forCustomers(customerIds);
    }

    /** Each customer's vehicles as staff name them (plate, else the end of the VIN); for result lists. */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> labelsOf(Collection<UUID> customerIds) {
        return links.labels(customerIds, labels::of);
    }

    /** Cars whose annual inspection or insurance falls due in the range, soonest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DueDate> due(LocalDate from, LocalDate to, int limit) {
        List<DueDate> due = new ArrayList<>();
        vehicles.dueBetween("inspection_due", from, to, limit)
                .forEach(v -> due.add(new DueDate(v, DueDate.What.INSPECTION, v.inspectionDue())));
        vehicles.dueBetween("insurance_expiry", from, to, limit)
                .forEach(v -> due.add(new DueDate(v, DueDate.What.INSURANCE, v.insuranceExpiry())));
        due.sort(Comparator.comparing(DueDate::date));
        return due.size() > limit ? List.copyOf(due.subList(0, limit)) : due;
    }

    @Transactional(readOnly = true)
    public List<Vehicle> all(Collection<UUID> ids) {
        return vehicles.findAll(ids);
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public OdometerReading addReading(UUID id, OdometerReading.New reading) {
        get(id);
        OdometerReading saved = new OdometerReading(UUID.randomUUID(), id, reading.km(), reading.readOn(),
                reading.source(), Timestamps.now(clock), AuditLog.currentActor());
        readings.insert(saved);
        audit.record(AuditAction.CREATE, "ODOMETER", saved.id(), reading.km() + " km", null, saved);
        return saved;
    }

    /** Links the customer to the vehicle in this role; false when that link was already there (nothing changes). */
    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public boolean link(UUID vehicleId, UUID customerId, LinkRole role) {
        if (links.exists(vehicleId, customerId, role)) {
            return false;
        }
        VehicleLink link = new VehicleLink(UUID.randomUUID(), vehicleId, customerId, role, Timestamps.now(clock));
        links.insert(link);
        audit.record(AuditAction.CREATE, "VEHICLE_LINK", vehicleId, role + " " + customerId, null, link);
        return true;
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public void unlink(UUID vehicleId, UUID customerId, LinkRole role) {
        if (links.delete(vehicleId, customerId, role) > 0) {
            audit.record(AuditAction.DELETE, "VEHICLE_LINK", vehicleId, role + " " + customerId,
                    new VehicleLink(null, vehicleId, customerId, role, null), null);
        }
    }

    private List<UUID> vehicleIds(String query, int limit) {
        String compact = Vins.normalize(query);
        if (Vins.isWellFormed(compact)) {
            return vehicles.findByVin(compact).map(v -> List.of(v.id())).orElse(List.of());
        }
        List<UUID> ids = new ArrayList<>();
        if (compact.length() == 6 && compact.chars().allMatch(Character::isLetterOrDigit)) {
            ids.addAll(vehicles.idsByVinTail(compact, limit));
        }
        if (compact.length() >= VehicleRepository.PLATE_GRAM && compact.length() <= Plates.MAX_LENGTH) {
            vehicles.idsByPlateFragment(compact, limit).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        return ids.stream().limit(limit).toList();
    }

    private Vehicle build(UUID id, VehicleForm form, OffsetDateTime created, OffsetDateTime now) {
        if (form.plate() == null && form.vin() == null) {
            throw ProblemException.invalid("vehicle.plateOrVin");
        }
        if (form.vin() != null && !Vins.isWellFormed(form.vin())) {
            throw ProblemException.invalid("cndata.vin.invalid");
        }
        if (form.plate() != null && !Plates.isValid(form.plate())) {
            throw ProblemException.invalid("cndata.plate.invalid");
        }
        Optional<CarModel> model = form.modelId() == null ? Optional.empty() : library.model(form.modelId());
        if (form.modelId() != null && model.isEmpty()) {
            throw ProblemException.invalid("vehicle.unknownModel", form.modelId());
        }
        EnergyType energy = form.energy() != null ? form.energy() : form.plate() != null
                ? Plates.suggestedEnergy(form.plate()).orElse(EnergyType.FUEL)
                : model.map(CarModel::energy).orElse(EnergyType.FUEL);
        return new Vehicle(id, form.vin(), form.plate(), form.modelId(),
                model.map(CarModel::makeZh).orElse(form.make()), model.map(CarModel::name).orElse(form.model()),
                form.modelYear(), form.color(), form.engineNo(), energy, form.purchaseDate(),
                form.registrationDate(), form.insurer(), form.insuranceExpiry(), form.inspectionDue(), created, now);
    }

    private void checkUnique(Vehicle vehicle, UUID self) {
        if (vehicle.vin() != null) {
            vehicles.findByVin(vehicle.vin()).filter(v -> !v.id().equals(self)).ifPresent(v -> {
                throw new ProblemException(ProblemTypes.DUPLICATE_VIN, HttpStatus.CONFLICT,
                        "vehicle.vinTaken", Map.of("field", "vin", "vehicleId", v.id()), vehicle.vin());
            });
        }
        if (vehicle.plate() != null) {
            vehicles.findByPlate(vehicle.plate()).filter(v -> !v.id().equals(self)).ifPresent(v -> {
                throw plateTaken(vehicle.plate(), v);
            });
        }
    }

    private static ProblemException plateTaken(String plate, Vehicle holder) {
        return new ProblemException(ProblemTypes.PLATE_IN_USE, HttpStatus.CONFLICT,
                "vehicle.plateTaken", Map.of("field", "plate", "vehicleId", holder.id()), plate);
    }
}
