package cn.hoist.console.fleet.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time enrollment codes, stored as hashes. */
@Repository
public class EnrollmentCodeRepository {

    private final JdbcClient jdbc;

    public EnrollmentCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID shopId, String codeHash, String createdBy, OffsetDateTime now, OffsetDateTime expiresAt) {
        jdbc.sql("insert into enrollment_code (id, shop_id, code_hash, created_by, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), shopId, codeHash, createdBy, now, expiresAt)
                .update();
    }

    /**
     * Marks the code used by the new agent, atomically: of two agents racing with the same code only
     * one gets the shop id back.
     */
    public Optional<UUID> redeem(String codeHash, UUID agentId, OffsetDateTime now) {
        Optional<UUID> shop = jdbc.sql("select shop_id from enrollment_code where code_hash = ? and used_at is null"
                        + " and expires_at > ?")
                .params(codeHash, now)
                .query(UUID.class).optional();
        if (shop.isEmpty()) {
            return Optional.empty();
        }
        int updated = jdbc.sql("update enrollment_code set used_at = ?, used_by = ? where code_hash = ?"
                        + " and used_at is null and expires_at > ?")
                .params(now, agentId, codeHash, now)
                .update();
        return updated == 1 ? shop : Optional.empty();
    }
}
