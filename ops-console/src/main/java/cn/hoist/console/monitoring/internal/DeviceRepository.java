package cn.hoist.console.monitoring.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.console.monitoring.Device;
import cn.hoist.platform.jdbc.SqlDialect;

/** Devices in the {@code device} table. */
@Repository
public class DeviceRepository {

    private static final List<String> INVENTORY_COLUMNS = List.of("shop_id", "agent_id", "name", "kind", "address",
            "checks", "created_at");
    private static final String COLUMNS = "id, shop_id, agent_id, name, kind, address, checks, state, state_since,"
            + " last_seen_at, created_at, retired_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final String createIfAbsent;
    private final String upsertListed;

    public DeviceRepository(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.template = template;
        this.createIfAbsent = dialect.insertIfAbsent("device", List.of("shop_id", "name"), INVENTORY_COLUMNS);
        this.upsertListed = dialect.upsert("device", List.of("shop_id", "name"), INVENTORY_COLUMNS, Map.of(
                "agent_id", "excluded.agent_id", "kind", "excluded.kind", "address", "excluded.address",
                "checks", "excluded.checks", "retired_at", "null"), null);
    }

    /** The shop's devices of these names, by name. */
    public Map<String, DeviceRef> find(UUID shopId, Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name, retired_at from device where shop_id = :shop and name in (:names)")
                .param("shop", shopId).param("names", names)
                .query((rs, row) -> new DeviceRef(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("retired_at") != null))
                .list().stream().collect(Collectors.toMap(DeviceRef::name, Function.identity()));
    }

    /**
     * The shop's devices of these names, creating those it does not know yet (kind {@code other}:
     * a result arrived before the inventory that describes the device) and bringing back retired ones
     * (the agent watches them again).
     */
    public Map<String, DeviceRef> ensure(UUID shopId, UUID agentId, Collection<String> names, OffsetDateTime now) {
        Map<String, DeviceRef> known = new HashMap<>(find(shopId, names));
        List<String> missing = names.stream().filter(n -> !known.containsKey(n)).distinct().toList();
        if (!missing.isEmpty()) {
            template.batchUpdate(createIfAbsent, missing, missing.size(),
                    (ps, name) -> setInventoryRow(ps, shopId, agentId, new InventoryDevice(name, "other", null, null), now));
            known.putAll(find(shopId, missing));
        }
        List<Long> retired = known.values().stream().filter(DeviceRef::retired).map(DeviceRef::id).toList();
        if (!retired.isEmpty()) {
            jdbc.sql("update device set retired_at = null, agent_id = :agent where id in (:ids)")
                    .param("agent", agentId).param("ids", retired).update();
        }
        return known;
    }

    /** Creates or updates the devices an inventory lists; they belong to its agent and are watched. */
    public void upsertInventory(UUID shopId, UUID agentId, List<InventoryDevice> devices, OffsetDateTime now) {
        template.batchUpdate(upsertListed, devices, devices.size(),
                (ps, device) -> setInventoryRow(ps, shopId, agentId, device, now));
    }

    private static void setInventoryRow(PreparedStatement ps, UUID shopId, UUID agentId, InventoryDevice device,
            OffsetDateTime now) throws SQLException {
        ps.setObject(1, shopId);
        ps.setObject(2, agentId);
        ps.setString(3, device.name());
        ps.setString(4, device.kind());
        ps.setString(5, device.address());
        ps.setString(6, device.checks() == null ? null : String.join(",", device.checks()));
        ps.setObject(7, now);
    }

    /** Retires the agent's devices that its inventory no longer lists. */
    public int retireUnlisted(UUID shopId, UUID agentId, Collection<String> listed, OffsetDateTime now) {
        String notListed = listed.isEmpty() ? "" : " and name not in (:names)";
        var sql = jdbc.sql("update device set retired_at = :now where shop_id = :shop and agent_id = :agent"
                + " and retired_at is null" + notListed)
                .param("now", now).param("shop", shopId).param("agent", agentId);
        return (listed.isEmpty() ? sql : sql.param("names", listed)).update();
    }

    /** What a state change is told with, for these devices, by id. */
    public Map<Long, StateRef> stateRefs(Collection<Long> ids) {
        Map<Long, StateRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, shop_id, name, kind, state_rank from device where id in (:ids)").param("ids", ids)
                    .query(rs -> {
                        refs.put(rs.getLong("id"), new StateRef(rs.getLong("id"), rs.getObject("shop_id", UUID.class),
                                rs.getString("name"), rs.getString("kind"), rs.getInt("state_rank")));
                    });
        }
        return refs;
    }

    /** Stores new states (worst check status) and when the device was last seen, in one batch. */
    public void updateStates(List<StateUpdate> updates) {
        template.batchUpdate("update device set state = ?, state_rank = ?,"
                + " state_since = case when state_rank = ? and state_since is not null then state_since else ? end,"
                + " last_seen_at = case when last_seen_at is null or last_seen_at < ? then ? else last_seen_at end"
                + " where id = ?", updates, updates.size(), (ps, u) -> {
                    CheckStatus state = CheckStatus.ofRank(u.rank());
                    ps.setString(1, state == null ? null : state.name());
                    ps.setInt(2, u.rank());
                    ps.setInt(3, u.rank());
                    ps.setObject(4, u.at());
                    ps.setObject(5, u.seenAt());
                    ps.setObject(6, u.seenAt());
                    ps.setLong(7, u.deviceId());
                });
    }

    public Optional<Device> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from device where id = ?").param(id).query(DeviceRepository::map)
                .optional();
    }

    public Optional<Device> find(UUID shopId, String name) {
        return jdbc.sql("select " + COLUMNS + " from device where shop_id = ? and name = ?").params(shopId, name)
                .query(DeviceRepository::map).optional();
    }

    /** A page of the shop's devices, worst state first. */
    public List<Device> forShop(UUID shopId, boolean retired, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from device where shop_id = ? and (retired_at is null or ?)"
                        + " order by state_rank desc, name limit ? offset ?")
                .params(shopId, retired, size, (long) page * size).query(DeviceRepository::map).list();
    }

    public long countForShop(UUID shopId, boolean retired) {
        return jdbc.sql("select count(*) from device where shop_id = ? and (retired_at is null or ?)")
                .params(shopId, retired).query(Long.class).single();
    }

    /** Per shop, how many watched devices are in each state ({@code NONE}: no result yet). */
    public Map<UUID, Map<String, Long>> stateCountsByShop() {
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("select shop_id, coalesce(state, 'NONE') as state, count(*) as n from device"
                        + " where retired_at is null group by shop_id, coalesce(state, 'NONE')")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject("shop_id", UUID.class), id -> new HashMap<>())
                            .put(rs.getString("state"), rs.getLong("n"));
                });
        return counts;
    }

    static Device map(ResultSet rs, int row) throws SQLException {
        String checks = rs.getString("checks");
        String state = rs.getString("state");
        return new Device(rs.getLong("id"), rs.getObject("shop_id", UUID.class), rs.getObject("agent_id", UUID.class),
                rs.getString("name"), rs.getString("kind"), rs.getString("address"),
                checks == null || checks.isEmpty() ? List.of() : Arrays.asList(checks.split(",")),
                state == null ? null : CheckStatus.valueOf(state), rs.getObject("state_since", OffsetDateTime.class),
                rs.getObject("last_seen_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("retired_at", OffsetDateTime.class));
    }

    /** A device as an inventory lists it. */
    public record InventoryDevice(String name, String kind, String address, List<String> checks) {
    }

    /** A device's identity for others and its stored state rank (-1: no result yet). */
    public record StateRef(long id, UUID shopId, String name, String kind, int rank) {
    }

    /** A device's new worst rank (from {@code at} if it changed) and its newest result time. */
    public record StateUpdate(long deviceId, int rank, OffsetDateTime at, OffsetDateTime seenAt) {
    }
}
