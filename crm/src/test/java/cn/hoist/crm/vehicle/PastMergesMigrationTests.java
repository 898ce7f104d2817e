package cn.hoist.crm.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration V11: a merge made while the customer module still moved vehicle links itself kept them in
 * {@code customer_merge.moved}; after the migration the vehicle module has them, so an undo still puts the vehicles
 * back, and an undone merge stays undone.
 */
class PastMergesMigrationTests {

    /** As strict as the CRM's own mapper (spring.jackson.deserialization.fail-on-unknown-properties). */
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void theLinksAMergeMovedAreHandedToTheVehicleModule() throws Exception {
        DataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:past-merges-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        flyway(db).target("10").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        UUID survivor = customer(jdbc, "周杰");
        UUID merged = customer(jdbc, "周杰 (旧档)");
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        LinkTransfer transfer = new LinkTransfer(List.of(UUID.randomUUID()),
                List.of(new VehicleLink(UUID.randomUUID(), UUID.randomUUID(), merged, LinkRole.DRIVER, at)));
        UUID open = merge(jdbc, survivor, merged, transfer, at, null);
        UUID undone = merge(jdbc, survivor, merged, new LinkTransfer(List.of(UUID.randomUUID()), List.of()), at,
                at.plusDays(1));

        flyway(db).load().migrate();

        var rows = jdbc.sql("select merge_id, transfer, moved_at, undone_at from vehicle_link_merge")
                .query((rs, n) -> Map.of("id", rs.getObject(1, UUID.class), "transfer", rs.getString(2),
                        "movedAt", rs.getObject(3, OffsetDateTime.class).toInstant(),
                        "undone", rs.getObject(4, OffsetDateTime.class) != null))
                .list();
        assertThat(rows).hasSize(2);
        var openRow = rows.stream().filter(r -> r.get("id").equals(open)).findFirst().orElseThrow();
        LinkTransfer handed = json.readValue((String) openRow.get("transfer"), LinkTransfer.class);
        assertThat(handed.moved()).isEqualTo(transfer.moved());
        assertThat(handed.dropped()).singleElement().satisfies(link -> {
            VehicleLink before = transfer.dropped().get(0);
            assertThat(link).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(before);
            assertThat(link.createdAt().toInstant()).isEqualTo(before.createdAt().toInstant());
        });
        assertThat(openRow.get("movedAt")).isEqualTo(at.toInstant());
        assertThat(openRow.get("undone")).isEqualTo(false);
        assertThat(rows.stream().filter(r -> r.get("id").equals(undone)).findFirst().orElseThrow().get("undone"))
                .isEqualTo(true);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration");
    }

    private static UUID customer(JdbcClient jdbc, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into customer (id, kind, name, source, created_at, updated_at)"
                + " values (?, 'PERSON', ?, 'PHONE', current_timestamp, current_timestamp)").params(id, name).update();
        return id;
    }

    /** A merge as the CRM wrote it before V11: the customer module's own moves and the links, in one JSON. */
    private UUID merge(JdbcClient jdbc, UUID survivor, UUID merged, LinkTransfer links, OffsetDateTime at,
            OffsetDateTime undoneAt) {
        UUID id = UUID.randomUUID();
        String moved = json.writeValueAsString(Map.of("details",
                Map.of("contacts", List.of(), "addresses", List.of(), "consents", List.of()), "links", links));
        jdbc.sql("insert into customer_merge (id, survivor_id, merged_id, moved, merged_at, merged_by, undone_at,"
                + " undone_by) values (?, ?, ?, ?, ?, 'admin', ?, ?)")
                .params(id, survivor, merged, moved, at, undoneAt, undoneAt == null ? null : "admin").update();
        return id;
    }
}
