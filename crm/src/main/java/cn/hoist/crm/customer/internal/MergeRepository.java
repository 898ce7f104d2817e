package cn.hoist.crm.customer.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges of duplicate customers ({@code customer_merge}), with what each moved (JSON). */
@Repository
public class MergeRepository {

    private final JdbcClient jdbc;

    public MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MergeRow(UUID id, UUID survivorId, String survivorName, UUID mergedId, String mergedName,
            String moved, OffsetDateTime mergedAt, String mergedBy, OffsetDateTime undoneAt, String undoneBy) {
    }

    private static final String SELECT = "select m.*, s.name as survivor_name, d.name as merged_name"
            + " from customer_merge m join customer s on s.id = m.survivor_id join customer d on d.id = m.merged_id";

    public void insert(UUID id, UUID survivor, UUID merged, String moved, OffsetDateTime at, String by) {
        jdbc.sql("insert into customer_merge (id, survivor_id, merged_id, moved, merged_at, merged_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, survivor, merged, moved, at, by).update();
    }

    public Optional<MergeRow> find(UUID id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MergeRepository::map).optional();
    }

    public List<MergeRow> recent(int limit) {
        return jdbc.sql(SELECT + " order by m.merged_at desc limit ?").param(limit).query(MergeRepository::map).list();
    }

    public List<MergeRow> involving(UUID customerId) {
        return jdbc.sql(SELECT + " where m.survivor_id = ? or m.merged_id = ? order by m.merged_at desc")
                .params(customerId, customerId).query(MergeRepository::map).list();
    }

    public void markUndone(UUID id, OffsetDateTime at, String by) {
        jdbc.sql("update customer_merge set undone_at = ?, undone_by = ? where id = ?").params(at, by, id).update();
    }

    private static MergeRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MergeRow(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
                rs.getString("survivor_name"), rs.getObject("merged_id", UUID.class), rs.getString("merged_name"),
                rs.getString("moved"), rs.getObject("merged_at", OffsetDateTime.class), rs.getString("merged_by"),
                rs.getObject("undone_at", OffsetDateTime.class), rs.getString("undone_by"));
    }
}
