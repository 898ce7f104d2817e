package cn.hoist.crm.vehicle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.cndata.EnergyType;
import cn.hoist.crm.vehicle.CarMake;
import cn.hoist.crm.vehicle.CarModel;

/** The model library ({@code vehicle_make}, {@code vehicle_model}). */
@Repository
public class ModelRepository {

    private static final String MODEL_SELECT = "select m.*, k.name_zh, k.name_en from vehicle_model m"
            + " join vehicle_make k on k.id = m.make_id";

    private final JdbcClient jdbc;

    public ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CarMake> makes() {
        return jdbc.sql("select * from vehicle_make order by id")
                .query((rs, n) -> new CarMake(rs.getInt("id"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("country")))
                .list();
    }

    public List<CarModel> models() {
        return jdbc.sql(MODEL_SELECT + " order by m.make_id, m.id").query(ModelRepository::map).list();
    }

    public Optional<CarModel> model(int id) {
        return jdbc.sql(MODEL_SELECT + " where m.id = ?").param(id).query(ModelRepository::map).optional();
    }

    private static CarModel map(ResultSet rs, int row) throws SQLException {
        return new CarModel(rs.getInt("id"), rs.getInt("make_id"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("name"), EnergyType.valueOf(rs.getString("energy")), rs.getInt("year_from"),
                (Integer) rs.getObject("year_to"));
    }
}
