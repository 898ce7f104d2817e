package cn.hoist.crm.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

import cn.hoist.platform.account.AccountStore;
import cn.hoist.platform.account.StaffPrincipal;

/**
 * The API authenticates every request with HTTP Basic, and checking a password hash is meant to be
 * slow (bcrypt, ~50 ms). This remembers a successful check for a short while, keyed by an HMAC of
 * user and password under a key that exists only in memory, so an integration polling the API
 * does not spend the server's CPU on hashing. Failures are never cached; a change to an account
 * drops its entries ({@link #evict}). One check at a time per user and password: requests that
 * arrive while it runs (an integration's first concurrent calls) wait for its answer instead of
 * each hashing the password again. In the last quarter of a remembered sign-in's time, the first
 * request checks the password again while the others go on with the remembered answer, so an
 * integration that keeps calling never has its requests queue behind a check (the search
 * benchmark saw thirteen requests wait up to 90 ms for one every two minutes). A remembered sign-in is used only
 * while its account is {@linkplain AccountStore#isCurrent unchanged} (one indexed read per request), so disabling
 * an account or changing its roles or password takes effect with the next request on every instance.
 */
public class CachingAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final DaoAuthenticationProvider delegate;
    private final AccountStore accounts;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** One MAC per thread: looking the algorithm up per request showed in profiles. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CachingAuthenticationProvider(DaoAuthenticationProvider delegate, AccountStore accounts, Duration ttl,
            Clock clock) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (ttl.isZero() || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String fingerprint = fingerprint(authentication.getName(), password);
        Instant now = clock.instant();
        Cached mine = new Cached(authentication.getName(), now.plus(ttl));
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        Cached cached = cache.compute(fingerprint, (k, old) -> old != null && old.until().isAfter(now) ? old : mine);
        if (cached == mine) {
            return check(authentication, fingerprint, null, mine);
        }
        if (cached.claimRenewal(now, ttl.dividedBy(4))) {
            return check(authentication, fingerprint, cached, mine);
        }
        Authentication remembered = await(cached.result());
        if (remembered.getPrincipal() instanceof StaffPrincipal principal && !accounts.isCurrent(principal)) {
            // disabled, roles or password changed, perhaps by another instance of a chain's CRM: check afresh
            cache.remove(fingerprint, cached);
            return authenticate(authentication);
        }
        return remembered;
    }

    /** Checks the password and remembers the answer in {@code fresh}, in place of {@code stale} when renewing. */
    private Authentication check(Authentication authentication, String fingerprint, Cached stale, Cached fresh) {
        try {
            Authentication result = delegate.authenticate(authentication);
            fresh.result().complete(result);
            if (stale != null) {
                cache.replace(fingerprint, stale, fresh);
            }
            return result;
        } catch (RuntimeException e) {
            cache.remove(fingerprint, stale != null ? stale : fresh);
            fresh.result().completeExceptionally(e);
            throw e;
        }
    }

    private static Authentication await(CompletableFuture<Authentication> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Forgets every remembered sign-in of this user (password, roles or status changed). */
    public void evict(String username) {
        cache.values().removeIf(c -> c.username().equals(username));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String username, String password) {
        Mac mac = macs.get();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private record Cached(String username, CompletableFuture<Authentication> result, Instant until,
            AtomicBoolean renewing) {

        Cached(String username, Instant until) {
            this(username, new CompletableFuture<>(), until, new AtomicBoolean());
        }

        /** True for the one caller that is to check again: a successful sign-in within {@code ahead} of expiring. */
        boolean claimRenewal(Instant now, Duration ahead) {
            return result.isDone() && !result.isCompletedExceptionally() && !now.isBefore(until.minus(ahead))
                    && renewing.compareAndSet(false, true);
        }
    }
}
