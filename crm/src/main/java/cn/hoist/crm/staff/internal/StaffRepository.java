package cn.hoist.crm.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.staff.NewStore;
import cn.hoist.crm.staff.StaffForm;
import cn.hoist.crm.staff.StaffUser;
import cn.hoist.crm.staff.Store;

/**
 * Staff accounts in {@code app_user} (the platform's table, with roles comma-separated as its
 * AccountStore expects) and stores in {@code store}.
 */
@Repository
public class StaffRepository {

    private static final String USER_SELECT = "select u.id, u.username, u.display_name, u.roles, u.store_id,"
            + " s.name as store_name, u.enabled, u.created_at from app_user u left join store s on s.id = u.store_id";

    private final JdbcClient jdbc;

    public StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StaffUser> users() {
        return jdbc.sql(USER_SELECT + " order by u.username").query(StaffRepository::mapUser).list();
    }

    public Optional<StaffUser> user(String username) {
        return jdbc.sql(USER_SELECT + " where u.username = ?").param(username).query(StaffRepository::mapUser)
                .optional();
    }

    public void insert(StaffForm form, String passwordHash, OffsetDateTime now) {
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, display_name, store_id, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(form.username(), passwordHash, String.join(",", form.roles()), form.enabled(),
                        form.displayName(), form.storeId(), now, now)
                .update();
    }

    public void update(String username, StaffForm form, OffsetDateTime now) {
        jdbc.sql("update app_user set display_name = ?, roles = ?, store_id = ?, enabled = ?, updated_at = ?"
                        + " where username = ?")
                .params(form.displayName(), String.join(",", form.roles()), form.storeId(), form.enabled(), now,
                        username)
                .update();
    }

    public void changePassword(String username, String passwordHash, OffsetDateTime now) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = ? where username = ?")
                .params(passwordHash, now, username).update();
    }

    public long enabledAdmins() {
        return users().stream().filter(u -> u.enabled() && u.roles().contains("ADMIN")).count();
    }

    public List<Store> stores() {
        return jdbc.sql("select * from store order by code").query(StaffRepository::mapStore).list();
    }

    public boolean storeCodeExists(String code) {
        return jdbc.sql("select count(*) from store where code = ?").param(code).query(Long.class).single() > 0;
    }

    public Store insertStore(NewStore store, OffsetDateTime now) {
        Store created = new Store(UUID.randomUUID(), store.code(), store.name(), store.address(), now);
        jdbc.sql("insert into store (id, code, name, address, created_at) values (?, ?, ?, ?, ?)")
                .params(created.id(), created.code(), created.name(), created.address(), now).update();
        return created;
    }

    private static StaffUser mapUser(ResultSet rs, int row) throws SQLException {
        List<String> roles = Arrays.stream(rs.getString("roles").split(",")).map(String::trim)
                .filter(r -> !r.isEmpty()).toList();
        return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles,
                rs.getObject("store_id", UUID.class), rs.getString("store_name"), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Store mapStore(ResultSet rs, int row) throws SQLException {
        return new Store(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("address"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
