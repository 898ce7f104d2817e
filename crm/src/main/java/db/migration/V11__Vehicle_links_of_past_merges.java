package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges made before vehicle links followed the customer module's events kept what they did to the links inside the
 * merge's own record ({@code customer_merge.moved.links}); the vehicle module now keeps that in
 * {@code vehicle_link_merge}. This copies it over, so that undoing such a merge still puts the vehicles back. A JSON
 * subtree is carried over as it is: both sides were written by the CRM's own JSON mapper from the same record.
 */
public class V11__Vehicle_links_of_past_merges extends BaseJavaMigration {

    private static final String NOTHING_MOVED = "{\"moved\":[],\"dropped\":[]}";

    @Override
    public void migrate(Context context) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Connection connection = context.getConnection();
        try (PreparedStatement merges = connection.prepareStatement(
                "select id, moved, merged_at, undone_at from customer_merge");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into vehicle_link_merge (merge_id, transfer, moved_at, undone_at) values (?, ?, ?, ?)");
                ResultSet rs = merges.executeQuery()) {
            while (rs.next()) {
                JsonNode links = json.readTree(rs.getString("moved")).get("links");
                insert.setObject(1, rs.getObject("id", UUID.class));
                insert.setString(2, links == null || links.isNull() ? NOTHING_MOVED : json.writeValueAsString(links));
                insert.setObject(3, rs.getObject("merged_at", OffsetDateTime.class));
                insert.setObject(4, rs.getObject("undone_at", OffsetDateTime.class));
                insert.executeUpdate();
            }
        }
    }
}
