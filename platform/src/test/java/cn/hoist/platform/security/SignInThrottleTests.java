package cn.hoist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Who is refused, for how long, and what a success or time clears. */
class SignInThrottleTests {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void oneAddressGuessingOneAccountWaitsAfterFiveFailuresAndLongerWithEachFurtherOne() {
        for (int i = 0; i < SignInThrottle.PAIR_THRESHOLD - 1; i++) {
            throttle.failed("sign-in", "admin", "10.0.0.9");
            assertThat(throttle.refusal("sign-in", "admin", "10.0.0.9")).isEmpty();
        }
        throttle.failed("sign-in", "admin", "10.0.0.9");
        assertThat(throttle.refusal("sign-in", "admin", "10.0.0.9")).contains(Duration.ofSeconds(15));
        assertThat(throttle.refusal("sign-in", "admin", "10.0.0.1")).as("the admin's own desk").isEmpty();
        throttle.failed("sign-in", "admin", "10.0.0.9");
        assertThat(throttle.refusal("sign-in", "admin", "10.0.0.9")).contains(Duration.ofSeconds(30));
        for (int i = 0; i < 20; i++) {
            throttle.failed("sign-in", "admin", "10.0.0.9");
        }
        assertThat(throttle.refusal("sign-in", "admin", "10.0.0.9")).contains(SignInThrottle.CAP);
        clock.advance(SignInThrottle.CAP.plusSeconds(1));
        assertThat(throttle.refusal("sign-in", "admin", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedForAllOfThem() {
        for (int i = 0; i < SignInThrottle.ADDRESS_THRESHOLD; i++) {
            throttle.failed("sign-in", "user" + i, "10.0.0.9");
        }
        assertThat(throttle.refusal("sign-in", "someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("sign-in", "someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void anAccountGuessedFromEverywhereIsSlowedButNeverLockedForLongerThanAMinute() {
        for (int i = 0; i < 500; i++) {
            throttle.failed("sign-in", "admin", "10.1." + i / 250 + "." + i % 250);
        }
        assertThat(throttle.refusal("sign-in", "admin", "192.168.1.5")).get()
                .satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(SignInThrottle.ACCOUNT_CAP));
        clock.advance(SignInThrottle.ACCOUNT_CAP.plusSeconds(1));
        assertThat(throttle.refusal("sign-in", "admin", "192.168.1.5")).isEmpty();
    }

    @Test
    void aSuccessClearsTheWait() {
        for (int i = 0; i < SignInThrottle.PAIR_THRESHOLD; i++) {
            throttle.failed("sign-in", "desk", "10.0.0.9");
        }
        throttle.succeeded("sign-in", "desk", "10.0.0.9");
        assertThat(throttle.refusal("sign-in", "desk", "10.0.0.9")).isEmpty();
    }

    @Test
    void codesWithoutAnAccountCountPerAddress() {
        for (int i = 0; i < SignInThrottle.PAIR_THRESHOLD; i++) {
            throttle.failed("enroll", null, "10.0.0.9");
        }
        assertThat(throttle.refusal("enroll", null, "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("enroll", null, "10.0.0.7")).isEmpty();
        assertThat(throttle.refusal("sign-in", "admin", "10.0.0.9")).as("a kind of its own").isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutAnother() {
        for (int i = 0; i < SignInThrottle.PAIR_THRESHOLD - 1; i++) {
            throttle.failed("sign-in", "desk", "10.0.0.9");
        }
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("sign-in", "desk", "10.0.0.9");
        assertThat(throttle.refusal("sign-in", "desk", "10.0.0.9")).isEmpty();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
