package cn.hoist.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down guessing of passwords and codes. Failures are counted per account and source address, per source
 * address alone, and per account from anywhere; past a threshold each key is refused for a while that doubles
 * with every further failure, up to a cap. The pair is refused first (one address guessing one account); an
 * address guessing many accounts next; an account guessed from many addresses last and never for longer than
 * {@link #ACCOUNT_CAP}, so an attacker can slow the admin's sign-in but not lock the admin out for good. A
 * success clears all three. Held in memory (a restart forgets it; each instance of a chain counts its own) and
 * bounded in size.
 */
public class SignInThrottle {

    static final int PAIR_THRESHOLD = 5;
    static final int ADDRESS_THRESHOLD = 20;
    static final int ACCOUNT_THRESHOLD = 50;
    static final Duration FIRST_WAIT = Duration.ofSeconds(15);
    static final Duration CAP = Duration.ofMinutes(15);
    static final Duration ACCOUNT_CAP = Duration.ofMinutes(1);
    /** A key with no failure for this long starts from zero again. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait, if it must; {@code account} may be null (a code, not an account). */
    public Optional<Duration> refusal(String kind, String account, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Scope scope : Scope.values()) {
            String key = scope.key(kind, account, address);
            Failures f = key == null ? null : failures.get(key);
            if (f != null && f.until().isAfter(now)) {
                Duration left = Duration.between(now, f.until());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest.plusMillis(999).withNanos(0));
    }

    /** Records a failed attempt; logs once when a key starts being refused. */
    public void failed(String kind, String account, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now) && f.until().isBefore(now));
            if (failures.size() >= MAX_KEYS) {
                failures.clear();
                log.warn("Sign-in throttle: more than {} keys failing at once; counts were reset", MAX_KEYS);
            }
        }
        for (Scope scope : Scope.values()) {
            String key = scope.key(kind, account, address);
            if (key == null) {
                continue;
            }
            Failures after = failures.compute(key, (k, f) -> {
                int count = f == null || f.last().plus(FORGET_AFTER).isBefore(now) ? 1 : f.count() + 1;
                Instant until = count < scope.threshold ? Instant.MIN
                        : now.plus(backoff(count - scope.threshold, scope.cap));
                return new Failures(count, now, until);
            });
            if (after.count() == scope.threshold) {
                log.warn("Sign-in throttle: {} failed attempts for {}; refusing it for a while (up to {})",
                        scope.threshold, key, scope.cap);
            }
        }
    }

    /**
     * A success ends the waiting of this account from anywhere, and of the address (a shop's front desk behind
     * one address signs in all day; someone who signs in to their own account between guesses still meets the
     * pair's limit for each account guessed).
     */
    public void succeeded(String kind, String account, String address) {
        if (failures.isEmpty()) {
            return; // every successful request comes here: nothing to build or remove in the usual case
        }
        for (Scope scope : Scope.values()) {
            String key = scope.key(kind, account, address);
            if (key != null) {
                failures.remove(key);
            }
        }
    }

    private static Duration backoff(int beyond, Duration cap) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyond, 20));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /**
     * What a failure is counted against, with its threshold and longest wait: the pair (one address guessing one
     * account), the address, the account from anywhere. Without an account (a code) the pair and the address are
     * the same key.
     */
    private enum Scope {
        PAIR(PAIR_THRESHOLD, CAP), ADDRESS(ADDRESS_THRESHOLD, CAP), ACCOUNT(ACCOUNT_THRESHOLD, ACCOUNT_CAP);

        final int threshold;
        final Duration cap;

        Scope(int threshold, Duration cap) {
            this.threshold = threshold;
            this.cap = cap;
        }

        String key(String kind, String account, String address) {
            String who = account == null ? "" : account.toLowerCase(Locale.ROOT);
            return switch (this) {
                case PAIR -> kind + " account '" + who + "' from " + address;
                case ADDRESS -> kind + " from " + address;
                case ACCOUNT -> account == null ? null : kind + " account '" + who + "'";
            };
        }
    }

    private record Failures(int count, Instant last, Instant until) {
    }
}
