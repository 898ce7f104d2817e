package cn.hoist.console.ingest.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per agent: {@code burst} tokens, refilled at {@code ratePerSecond}; each request
 * takes one. Buckets of agents that stayed away long enough to be full again are dropped, so the map
 * holds only agents that sent something recently.
 */
public final class TokenBuckets {

    private static final long NANOS = 1_000_000_000L;

    private final double ratePerNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double ratePerSecond, int burst, LongSupplier nanoTime) {
        this.ratePerNano = ratePerSecond / NANOS;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a token: empty when granted, else how long until the next token. */
    public Duration take(UUID agentId) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(agentId, id -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / ratePerNano));
        }
    }

    /** Forgets buckets that have refilled completely: they behave exactly like new ones. */
    public void evictFull() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                bucket.refill(now);
                return bucket.tokens >= burst;
            }
        });
    }

    int size() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        private Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * ratePerNano);
            refilledAt = now;
        }
    }
}
