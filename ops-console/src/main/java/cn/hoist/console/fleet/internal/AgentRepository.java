package cn.hoist.console.fleet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.fleet.Agent;
import cn.hoist.console.fleet.AgentInfo;
import cn.hoist.console.fleet.AgentStatus;

/** Agents in the {@code agent} table. */
@Repository
public class AgentRepository {

    private static final String COLUMNS = "id, shop_id, status, hostname, os, agent_version, uptime_seconds,"
            + " enrolled_at, last_seen_at, status_since";

    private final JdbcClient jdbc;

    public AgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID shopId, String credentialHash, AgentInfo info, OffsetDateTime now) {
        jdbc.sql("insert into agent (id, shop_id, credential_hash, status, hostname, os, agent_version, enrolled_at,"
                        + " status_since) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, shopId, credentialHash, AgentStatus.PENDING.name(), info.hostname(), info.os(),
                        info.agentVersion(), now, now)
                .update();
    }

    public Optional<Agent> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from agent where id = ?").param(id)
                .query(AgentRepository::map).optional();
    }

    /** The agent's shop and credential hash, for authentication; empty when unknown or revoked. */
    public Optional<StoredCredential> credential(UUID id) {
        return jdbc.sql("select shop_id, credential_hash from agent where id = ? and status <> ?")
                .params(id, AgentStatus.REVOKED.name())
                .query((rs, n) -> new StoredCredential(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    public List<Agent> forShops(Collection<UUID> shopIds) {
        if (shopIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from agent where shop_id in (:shops) order by enrolled_at")
                .param("shops", shopIds)
                .query(AgentRepository::map).list();
    }

    /** Records a heartbeat; returns the status the agent had before, or empty if it is revoked or unknown. */
    public Optional<AgentStatus> recordHeartbeat(UUID id, AgentInfo info, long uptimeSeconds, OffsetDateTime now) {
        Optional<AgentStatus> before = jdbc.sql("select status from agent where id = ? for update").param(id)
                .query((rs, n) -> AgentStatus.valueOf(rs.getString(1))).optional();
        if (before.isEmpty() || before.get() == AgentStatus.REVOKED) {
            return Optional.empty();
        }
        jdbc.sql("update agent set hostname = ?, os = ?, agent_version = ?, uptime_seconds = ?, last_seen_at = ?,"
                        + " status = ?, status_since = case when status = ? then status_since else ? end where id = ?")
                .params(info.hostname(), info.os(), info.agentVersion(), uptimeSeconds, now,
                        AgentStatus.ONLINE.name(), AgentStatus.ONLINE.name(), now, id)
                .update();
        return before;
    }

    /** Agents that are ONLINE (or PENDING) but silent since before the cutoff. */
    public List<Agent> silentSince(OffsetDateTime cutoff) {
        return jdbc.sql("select " + COLUMNS + " from agent where (status = 'ONLINE' and last_seen_at < ?)"
                        + " or (status = 'PENDING' and enrolled_at < ?)")
                .params(cutoff, cutoff)
                .query(AgentRepository::map).list();
    }

    /** Moves an agent to a new status only if it is still in the expected one; true if it moved. */
    public boolean transition(UUID id, AgentStatus from, AgentStatus to, OffsetDateTime now) {
        return jdbc.sql("update agent set status = ?, status_since = ?, revoked_at = case when ? = 'REVOKED'"
                        + " then ? else revoked_at end where id = ? and status = ?")
                .params(to.name(), now, to.name(), now, id, from.name())
                .update() == 1;
    }

    /** How many agents are in each status, over the whole fleet. */
    public java.util.Map<AgentStatus, Long> countByStatus() {
        java.util.Map<AgentStatus, Long> counts = new java.util.EnumMap<>(AgentStatus.class);
        for (AgentStatus status : AgentStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from agent group by status")
                .query((rs, n) -> counts.put(AgentStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Per shop, how many agents are in each status. */
    public java.util.Map<UUID, java.util.Map<AgentStatus, Long>> countByShopAndStatus() {
        java.util.Map<UUID, java.util.Map<AgentStatus, Long>> counts = new java.util.HashMap<>();
        jdbc.sql("select shop_id, status, count(*) from agent group by shop_id, status")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.EnumMap<>(AgentStatus.class))
                            .put(AgentStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    static Agent map(ResultSet rs, int row) throws SQLException {
        Long uptime = rs.getObject("uptime_seconds", Long.class);
        return new Agent(rs.getObject("id", UUID.class), rs.getObject("shop_id", UUID.class),
                AgentStatus.valueOf(rs.getString("status")), rs.getString("hostname"), rs.getString("os"),
                rs.getString("agent_version"), uptime,
                rs.getObject("enrolled_at", OffsetDateTime.class), rs.getObject("last_seen_at", OffsetDateTime.class),
                rs.getObject("status_since", OffsetDateTime.class));
    }

    public record StoredCredential(UUID shopId, String hash) {
    }
}
