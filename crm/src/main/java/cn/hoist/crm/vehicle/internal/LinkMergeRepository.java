package cn.hoist.crm.vehicle.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each customer merge did to vehicle links ({@code vehicle_link_merge}), kept by the vehicle module itself so
 * that an undo can put them back. One row per merge: the row is also the mark that the merge was handled here.
 */
@Repository
public class LinkMergeRepository {

    private final JdbcClient jdbc;

    public LinkMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code transfer} (JSON) is empty when the merge was undone before its links moved: then none ever move. */
    public record LinkMergeRow(UUID mergeId, String transfer, OffsetDateTime movedAt, OffsetDateTime undoneAt) {
    }

    /** The row of a merge, locked until the transaction ends. */
    public Optional<LinkMergeRow> lock(UUID mergeId) {
        return jdbc.sql("select * from vehicle_link_merge where merge_id = ? for update").param(mergeId)
                .query((rs, n) -> new LinkMergeRow(rs.getObject("merge_id", UUID.class), rs.getString("transfer"),
                        rs.getObject("moved_at", OffsetDateTime.class), rs.getObject("undone_at", OffsetDateTime.class)))
                .optional();
    }

    /** Fails on a second row for the same merge (the primary key): a listener racing another one then tries again. */
    public void insert(UUID mergeId, String transfer, OffsetDateTime movedAt, OffsetDateTime undoneAt) {
        jdbc.sql("insert into vehicle_link_merge (merge_id, transfer, moved_at, undone_at) values (?, ?, ?, ?)")
                .params(mergeId, transfer, movedAt, undoneAt).update();
    }

    public void markUndone(UUID mergeId, OffsetDateTime at) {
        jdbc.sql("update vehicle_link_merge set undone_at = ? where merge_id = ?").params(at, mergeId).update();
    }
}
