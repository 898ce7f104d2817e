package cn.hoist.console.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import cn.hoist.console.ingest.internal.TokenBuckets;

class TokenBucketsTests {

    private final AtomicLong nanos = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2.0, 3, nanos::get);
    private final UUID agent = UUID.randomUUID();

    @Test
    void aBurstPassesThenTheRateHolds() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(agent)).isZero();
        }
        assertThat(buckets.take(agent)).isEqualTo(Duration.ofMillis(500));
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(buckets.take(agent)).isZero();
        assertThat(buckets.take(agent)).isPositive();
    }

    @Test
    void eachAgentHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            buckets.take(agent);
        }
        assertThat(buckets.take(UUID.randomUUID())).isZero();
    }

    @Test
    void fullBucketsAreForgotten() {
        buckets.take(agent);
        buckets.evictFull();
        assertThat(buckets.take(agent)).as("still counted while not full").isZero();
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        buckets.evictFull();
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(agent)).isZero();
        }
    }
}
