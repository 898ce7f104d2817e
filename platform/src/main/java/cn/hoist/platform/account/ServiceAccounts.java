package cn.hoist.platform.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for programs rather than people (Prometheus, Spring Boot Admin), held in memory only:
 * their passwords come from configuration or a secret file, never from the database.
 */
public class ServiceAccounts {

    private final Map<String, UserDetails> accounts = new ConcurrentHashMap<>();
    private final PasswordEncoder encoder;

    public ServiceAccounts(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public void register(String username, String password, String... roles) {
        accounts.put(username, User.withUsername(username).password(encoder.encode(password)).roles(roles).build());
    }

    Optional<UserDetails> find(String username) {
        return Optional.ofNullable(accounts.get(username))
                .map(u -> User.withUserDetails(u).build());
    }
}
