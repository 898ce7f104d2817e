package cn.hoist.crm.vehicle.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.vehicle.OdometerReading;
import cn.hoist.crm.vehicle.OdometerSource;

/** Odometer readings ({@code odometer_reading}). */
@Repository
public class ReadingRepository {

    private final JdbcClient jdbc;

    public ReadingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OdometerReading r) {
        jdbc.sql("insert into odometer_reading (id, vehicle_id, km, read_on, source, recorded_at, recorded_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.vehicleId(), r.km(), r.readOn(), r.source().name(), r.recordedAt(), r.recordedBy())
                .update();
    }

    public List<OdometerReading> forVehicle(UUID vehicleId) {
        return jdbc.sql("select * from odometer_reading where vehicle_id = ? order by read_on desc, recorded_at desc")
                .param(vehicleId)
                .query((rs, n) -> new OdometerReading(rs.getObject("id", UUID.class),
                        rs.getObject("vehicle_id", UUID.class), rs.getInt("km"),
                        rs.getObject("read_on", LocalDate.class), OdometerSource.valueOf(rs.getString("source")),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
                .list();
    }
}
