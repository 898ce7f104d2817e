package cn.hoist.platform.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.platform.Timestamps;

/**
 * Staff accounts in the program's {@code app_user} table (each program's first Flyway migration
 * creates it: id, username, password_hash, roles, enabled, created_at, updated_at). Roles are kept
 * as a comma-separated list of role names without the {@code ROLE_} prefix.
 */
public class AccountStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AccountStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account as Spring Security sees it; roles become {@code ROLE_} authorities. */
    public UserDetails loadUserByUsername(String username) {
        return find(username)
                .map(account -> new StaffPrincipal(account.username(), account.passwordHash(), account.enabled(),
                        account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
                        account.stamp()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /**
     * Whether the account is still as it was when this principal signed in: it exists, is enabled, and
     * its password and roles are unchanged. One indexed read: it runs for each request of a session.
     */
    public boolean isCurrent(StaffPrincipal principal) {
        return find(principal.getUsername())
                .filter(Account::enabled)
                .map(account -> account.stamp().equals(principal.stamp()))
                .orElse(false);
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2),
                        parseRoles(rs.getString(3)), rs.getBoolean(4)))
                .optional();
    }

    @Transactional
    public void create(String username, String passwordHash, List<String> roles) {
        OffsetDateTime now = Timestamps.now(clock);
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, updated_at)"
                        + " values (?, ?, ?, true, ?, ?)")
                .params(username, passwordHash, String.join(",", roles), now, now)
                .update();
    }

    @Transactional
    public void changePassword(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = ? where username = ?")
                .params(passwordHash, Timestamps.now(clock), username)
                .update();
    }

    private static List<String> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public record Account(String username, String passwordHash, List<String> roles, boolean enabled) {

        /**
         * A digest of what decides the account's rights (password hash, roles, enabled): it changes with any of
         * them and reveals none. A display name or a store may change without ending anyone's session.
         */
        public String stamp() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(passwordHash.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(String.join(",", roles.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) (enabled ? 1 : 0));
                return HexFormat.of().formatHex(digest.digest(), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        @Override
        public String toString() {
            return "Account[username=" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
        }
    }
}
