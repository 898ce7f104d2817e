package cn.hoist.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        for (String key : keys(kind, account, address)) {
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
        String[] keys = keys(kind, account, address);
        int[] thresholds = {PAIR_THRESHOLD, ADDRESS_THRESHOLD, ACCOUNT_THRESHOLD};
        Duration[] caps = {CAP, CAP, ACCOUNT_CAP};
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            int threshold = thresholds[i];
            Duration cap = caps[i];
            Failures after = failures.compute(keys[i], (k, f) -> {
                int count = f == null || f.last().plus(FORGET_AFTER).isBefore(now) ? 1 : f.count() + 1;
                Instant until = count < threshold ? Instant.MIN : now.plus(backoff(count - threshold, cap));
                return new Failures(count, now, until);
            });
            if (after.count() == threshold) {
                log.warn("Sign-in throttle: {} failed attempts for {}; refusing it for a while (up to {})",
                        threshold, keys[i], cap);
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
        for (String key : keys(kind, account, address)) {
            if (key != null) {
                failures.remove(key);
            }
        }
    }

    private static Duration backoff(int beyond, Duration cap) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyond, 20));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** The pair, the address, the account; without an account only the address counts (twice as the pair). */
    private static String[] keys(String kind, String account, String address) {
        String who = account == null ? "" : account.toLowerCase(java.util.Locale.ROOT);
        return new String[] {
                kind + " account '" + who + "' from " + address,
                kind + " from " + address,
                account == null ? null : kind + " account '" + who + "'"};
    }

    private record Failures(int count, Instant last, Instant until) {
    }
}
