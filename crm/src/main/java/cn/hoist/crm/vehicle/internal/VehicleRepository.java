package cn.hoist.crm.vehicle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.cndata.EnergyType;
import cn.hoist.crm.cndata.Grams;
import cn.hoist.crm.vehicle.PlateAssignment;
import cn.hoist.crm.vehicle.Vehicle;

/** Vehicles, their plate assignments, and the plate n-grams the search uses. */
@Repository
public class VehicleRepository {

    /** Plate fragments are found through three-character pieces of the current plate. */
    public static final int PLATE_GRAM = 3;
    /**
     * Candidates by two pieces of the fragment, confirmed against the whole plate. Unordered: a short
     * fragment of digits matches hundreds of plates at a million cars, and sorting them all to show
     * twenty costs more than the lookup; the staff member types another character.
     */
    public static final String VEHICLES_BY_PLATE_FRAGMENT = "select v.id from plate_gram g1"
            + " join plate_gram g2 on g2.vehicle_id = g1.vehicle_id and g2.gram = ?"
            + " join vehicle v on v.id = g1.vehicle_id where g1.gram = ? and v.plate like ? limit ?";
    private static final Map<String, String> SORTS = Map.of("plate", "plate", "vin", "vin", "createdAt", "created_at",
            "updatedAt", "updated_at", "inspectionDue", "inspection_due", "insuranceExpiry", "insurance_expiry");

    private final JdbcClient jdbc;

    public VehicleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new vehicle with its first plate assignment (from {@code createdAt}) and plate pieces. */
    public void insert(Vehicle v) {
        jdbc.sql("insert into vehicle (id, vin, vin_tail, plate, model_id, make_name, model_name, model_year, color,"
                        + " engine_no, energy, purchase_date, registration_date, insurer, insurance_expiry, inspection_due,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.id(), v.vin(), vinTail(v.vin()), v.plate(), v.modelId(), v.make(), v.model(), v.modelYear(),
                        v.color(), v.engineNo(), v.energy().name(), v.purchaseDate(), v.registrationDate(),
                        v.insurer(), v.insuranceExpiry(), v.inspectionDue(), v.createdAt(), v.updatedAt())
                .update();
        if (v.plate() != null) {
            startAssignment(v.id(), v.plate(), v.createdAt());
        }
    }

    /** Everything but the plate, which changes only through {@link #assignPlate}. */
    public void update(Vehicle v) {
        jdbc.sql("update vehicle set vin = ?, vin_tail = ?, model_id = ?, make_name = ?, model_name = ?, model_year = ?,"
                        + " color = ?, engine_no = ?, energy = ?, purchase_date = ?, registration_date = ?, insurer = ?,"
                        + " insurance_expiry = ?, inspection_due = ?, updated_at = ? where id = ?")
                .params(v.vin(), vinTail(v.vin()), v.modelId(), v.make(), v.model(), v.modelYear(), v.color(),
                        v.engineNo(), v.energy().name(), v.purchaseDate(), v.registrationDate(), v.insurer(),
                        v.insuranceExpiry(), v.inspectionDue(), v.updatedAt(), v.id())
                .update();
    }

    public Optional<Vehicle> find(UUID id) {
        return jdbc.sql("select * from vehicle where id = ?").param(id).query(VehicleRepository::map).optional();
    }

    public List<Vehicle> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from vehicle where id in (:ids) order by plate, id").param("ids", ids)
                .query(VehicleRepository::map).list();
    }

    public Optional<Vehicle> findByVin(String vin) {
        return jdbc.sql("select * from vehicle where vin = ?").param(vin).query(VehicleRepository::map).optional();
    }

    public Optional<Vehicle> findByPlate(String plate) {
        return jdbc.sql("select * from vehicle where plate = ?").param(plate).query(VehicleRepository::map).optional();
    }

    public List<UUID> idsByVinTail(String tail, int limit) {
        return jdbc.sql("select id from vehicle where vin_tail = ? order by plate limit ?").params(tail, limit)
                .query(UUID.class).list();
    }

    public List<UUID> idsByPlateFragment(String fragment, int limit) {
        List<String> grams = List.copyOf(Grams.of(fragment, PLATE_GRAM));
        return jdbc.sql(VEHICLES_BY_PLATE_FRAGMENT)
                .params(grams.get(grams.size() - 1), grams.get(0), "%" + fragment + "%", limit)
                .query(UUID.class).list();
    }

    public List<Vehicle> page(String sort, boolean descending, int page, int size) {
        String column = SORTS.getOrDefault(sort, "updated_at");
        return jdbc.sql("select * from vehicle order by " + column + (descending ? " desc" : "") + ", id limit ? offset ?")
                .params(size, (long) page * size).query(VehicleRepository::map).list();
    }

    /** Vehicles whose date in this column ({@code inspection_due} or {@code insurance_expiry}) is in the range. */
    public List<Vehicle> dueBetween(String column, LocalDate from, LocalDate to, int limit) {
        String date = switch (column) {
            case "inspection_due", "insurance_expiry" -> column;
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql("select * from vehicle where " + date + " between ? and ? order by " + date + ", id limit ?")
                .params(from, to, limit).query(VehicleRepository::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from vehicle").query(Long.class).single();
    }

    /** Ends the plate's open assignment (wherever it is) and this car's, then puts the plate on this car. */
    public void assignPlate(UUID vehicleId, String plate, OffsetDateTime now) {
        jdbc.sql("update plate_assignment set valid_to = ? where vehicle_id = ? and valid_to is null")
                .params(now, vehicleId).update();
        jdbc.sql("update vehicle set plate = null, updated_at = ? where id = ?").params(now, vehicleId).update();
        jdbc.sql("delete from plate_gram where vehicle_id = ?").param(vehicleId).update();
        if (plate != null) {
            jdbc.sql("update vehicle set plate = ?, updated_at = ? where id = ?").params(plate, now, vehicleId).update();
            startAssignment(vehicleId, plate, now);
        }
    }

    private void startAssignment(UUID vehicleId, String plate, OffsetDateTime from) {
        jdbc.sql("insert into plate_assignment (id, vehicle_id, plate, valid_from) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), vehicleId, plate, from).update();
        for (String gram : Grams.of(plate, PLATE_GRAM)) {
            jdbc.sql("insert into plate_gram (gram, vehicle_id) values (?, ?)").params(gram, vehicleId).update();
        }
    }

    public List<PlateAssignment> plates(UUID vehicleId) {
        return jdbc.sql("select * from plate_assignment where vehicle_id = ? order by valid_from desc")
                .param(vehicleId)
                .query((rs, n) -> new PlateAssignment(rs.getObject("id", UUID.class),
                        rs.getObject("vehicle_id", UUID.class), rs.getString("plate"),
                        rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_to", OffsetDateTime.class)))
                .list();
    }

    private static String vinTail(String vin) {
        return vin == null ? null : vin.substring(11);
    }

    static Vehicle map(ResultSet rs, int row) throws SQLException {
        return new Vehicle(rs.getObject("id", UUID.class), rs.getString("vin"), rs.getString("plate"),
                (Integer) rs.getObject("model_id"), rs.getString("make_name"), rs.getString("model_name"),
                (Integer) rs.getObject("model_year"), rs.getString("color"), rs.getString("engine_no"),
                EnergyType.valueOf(rs.getString("energy")), rs.getObject("purchase_date", LocalDate.class),
                rs.getObject("registration_date", LocalDate.class), rs.getString("insurer"),
                rs.getObject("insurance_expiry", LocalDate.class), rs.getObject("inspection_due", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
