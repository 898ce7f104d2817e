package cn.hoist.crm.repairitem.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.repairitem.BayCapability;
import cn.hoist.crm.repairitem.Category;
import cn.hoist.crm.repairitem.RepairItem;
import cn.hoist.crm.repairitem.Skill;

/** {@code repair_item}. */
@Repository
public class RepairItemRepository {

    private final JdbcClient jdbc;

    public RepairItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RepairItem> find(String code) {
        return jdbc.sql("select * from repair_item where code = ?").param(code.strip().toUpperCase(Locale.ROOT))
                .query(RepairItemRepository::map).optional();
    }

    public List<RepairItem> list(Category category) {
        return jdbc.sql("select * from repair_item where active and (cast(:category as varchar(32)) is null"
                        + " or category = :category) order by category, code")
                .param("category", category == null ? null : category.name())
                .query(RepairItemRepository::map).list();
    }

    public List<RepairItem> search(String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select * from repair_item where active and (upper(code) like upper(:like) escape '\\'"
                        + " or name_zh like :like escape '\\' or upper(name_en) like upper(:like) escape '\\')"
                        + " order by code limit :limit")
                .param("like", like).param("limit", limit)
                .query(RepairItemRepository::map).list();
    }

    private static RepairItem map(ResultSet rs, int row) throws SQLException {
        String skill = rs.getString("skill");
        String capability = rs.getString("bay_capability");
        return new RepairItem(rs.getString("code"), Category.valueOf(rs.getString("category")),
                rs.getString("name_zh"), rs.getString("name_en"), rs.getBigDecimal("standard_hours"),
                rs.getBigDecimal("rush_hours"), rs.getBigDecimal("rework_hours"),
                skill == null ? null : Skill.valueOf(skill),
                capability == null ? null : BayCapability.valueOf(capability), rs.getBoolean("active"));
    }
}
