package cn.hoist.crm.vehicle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.VehicleLink;

/** Which customers a vehicle belongs to ({@code vehicle_link}). */
@Repository
public class LinkRepository {

    private final JdbcClient jdbc;

    public LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(VehicleLink link) {
        jdbc.sql("insert into vehicle_link (id, vehicle_id, customer_id, role, created_at) values (?, ?, ?, ?, ?)")
                .params(link.id(), link.vehicleId(), link.customerId(), link.role().name(), link.createdAt())
                .update();
    }

    public boolean exists(UUID vehicleId, UUID customerId, LinkRole role) {
        return jdbc.sql("select count(*) from vehicle_link where vehicle_id = ? and customer_id = ? and role = ?")
                .params(vehicleId, customerId, role.name()).query(Long.class).single() > 0;
    }

    public int delete(UUID vehicleId, UUID customerId, LinkRole role) {
        return jdbc.sql("delete from vehicle_link where vehicle_id = ? and customer_id = ? and role = ?")
                .params(vehicleId, customerId, role.name()).update();
    }

    public void deleteById(UUID id) {
        jdbc.sql("delete from vehicle_link where id = ?").param(id).update();
    }

    public void moveTo(UUID linkId, UUID customerId) {
        jdbc.sql("update vehicle_link set customer_id = ? where id = ?").params(customerId, linkId).update();
    }

    public Optional<VehicleLink> find(UUID id) {
        return jdbc.sql("select * from vehicle_link where id = ?").param(id).query(LinkRepository::map).optional();
    }

    public List<VehicleLink> forVehicle(UUID vehicleId) {
        return jdbc.sql("select * from vehicle_link where vehicle_id = ? order by role, created_at").param(vehicleId)
                .query(LinkRepository::map).list();
    }

    public List<VehicleLink> forCustomers(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from vehicle_link where customer_id in (:ids) order by role, created_at")
                .param("ids", customerIds).query(LinkRepository::map).list();
    }

    /** Each customer's vehicle labels, made of plate and VIN by {@code label}, in one query, for result lists. */
    public static final String LABELS_BY_CUSTOMERS = "select l.customer_id, v.plate, v.vin from vehicle_link l"
            + " join vehicle v on v.id = l.vehicle_id where l.customer_id in (:ids) order by l.created_at";

    public Map<UUID, List<String>> labels(Collection<UUID> customerIds, BiFunction<String, String, String> label) {
        Map<UUID, List<String>> labels = new HashMap<>();
        if (customerIds.isEmpty()) {
            return labels;
        }
        jdbc.sql(LABELS_BY_CUSTOMERS).param("ids", customerIds).query(rs -> {
            String plate = rs.getString(2);
            String vin = rs.getString(3);
            labels.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(label.apply(plate, vin));
        });
        return labels;
    }

    public List<UUID> customerIds(Collection<UUID> vehicleIds, int limit) {
        if (vehicleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct customer_id from vehicle_link where vehicle_id in (:ids)")
                .param("ids", vehicleIds).query(UUID.class).list().stream().limit(limit).toList();
    }

    static VehicleLink map(ResultSet rs, int row) throws SQLException {
        return new VehicleLink(rs.getObject("id", UUID.class), rs.getObject("vehicle_id", UUID.class),
                rs.getObject("customer_id", UUID.class), LinkRole.valueOf(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
