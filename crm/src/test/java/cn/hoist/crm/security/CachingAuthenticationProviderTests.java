package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The remembered API sign-in: one password check per user and password, however many requests wait for it, and
 * renewed before it expires without making the other requests wait.
 */
class CachingAuthenticationProviderTests {

    private final CountingEncoder encoder = new CountingEncoder();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("api").password("right").roles("ADMIN").build());
    private final MutableClock clock = new MutableClock();
    private final CachingAuthenticationProvider provider = provider(Duration.ofMinutes(2));

    @Test
    void concurrentRequestsWaitForOneCheckInsteadOfEachHashingThePassword() throws Exception {
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Authentication>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return provider.authenticate(token("api", "right"));
                }));
            }
            start.countDown();
            for (Future<Authentication> answer : answers) {
                assertThat(answer.get().isAuthenticated()).isTrue();
                assertThat(answer.get().getName()).isEqualTo("api");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(encoder.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("api", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.checks).hasValue(3);
        assertThat(provider.authenticate(token("api", "right")).isAuthenticated()).isTrue();
        assertThat(encoder.checks).hasValue(4);
    }

    @Test
    void aRememberedSignInExpiresAndIsDroppedWhenTheAccountChanges() {
        provider.authenticate(token("api", "right"));
        provider.authenticate(token("api", "right"));
        assertThat(encoder.checks).hasValue(1);
        clock.now = clock.now.plus(Duration.ofMinutes(2)).plusSeconds(1);
        provider.authenticate(token("api", "right"));
        assertThat(encoder.checks).hasValue(2);
        provider.evict("api");
        provider.authenticate(token("api", "right"));
        assertThat(encoder.checks).hasValue(3);
    }

    @Test
    void nearItsEndTheFirstRequestChecksAgainWhileTheOthersGoOn() throws Exception {
        provider.authenticate(token("api", "right"));
        clock.now = clock.now.plus(Duration.ofSeconds(91));
        encoder.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Authentication> renewing = pool.submit(() -> provider.authenticate(token("api", "right")));
            while (encoder.checks.get() < 2 && !renewing.isDone()) {
                Thread.sleep(5);
            }
            assertThat(provider.authenticate(token("api", "right")).isAuthenticated())
                    .as("answered from memory while the check runs").isTrue();
            assertThat(renewing).isNotDone();
            encoder.gate.countDown();
            assertThat(renewing.get().isAuthenticated()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        clock.now = clock.now.plus(Duration.ofSeconds(60));
        provider.authenticate(token("api", "right"));
        assertThat(encoder.checks).as("renewed for two more minutes: no check 2:31 after the first").hasValue(2);
    }

    @Test
    void aRenewalThatFailsForgetsTheSignIn() {
        provider.authenticate(token("api", "right"));
        users.updateUser(User.withUsername("api").password("changed").roles("ADMIN").build());
        clock.now = clock.now.plus(Duration.ofSeconds(100));
        assertThatThrownBy(() -> provider.authenticate(token("api", "right")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(token("api", "right")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks).hasValue(3);
    }

    @Test
    void aZeroTimeToLiveChecksEveryRequest() {
        CachingAuthenticationProvider uncached = provider(Duration.ZERO);
        uncached.authenticate(token("api", "right"));
        uncached.authenticate(token("api", "right"));
        assertThat(encoder.checks).hasValue(2);
    }

    private CachingAuthenticationProvider provider(Duration ttl) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        // in-memory users are not staff accounts, so the account store is never asked (AccountChangeTests asks it)
        return new CachingAuthenticationProvider(dao, null, ttl, clock);
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    /** Compares in clear text but slowly, as bcrypt would (or until the gate opens, if set), and counts the checks. */
    private static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();
        volatile CountDownLatch gate;

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            try {
                if (gate != null) {
                    gate.await();
                } else {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return encoded.contentEquals(raw);
        }
    }

    private static final class MutableClock extends Clock {

        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
