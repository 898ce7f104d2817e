package cn.hoist.agent.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The scheduling module alone, on Quartz's JDBC job store in the test's H2 database. */
@ApplicationModuleTest
@Import(SchedulingModuleTests.Tasks.class)
class SchedulingModuleTests {

    /** Counts runs and the most runs at once. */
    static final class Probe {

        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        void run(Duration takes) throws InterruptedException {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(takes.toMillis());
            } finally {
                running.decrementAndGet();
                runs.incrementAndGet();
            }
        }
    }

    static final Probe SLOW = new Probe();

    @TestConfiguration(proxyBeanMethods = false)
    static class Tasks {

        @Bean
        PersistentTask slowTask() {
            return new PersistentTask() {
                public String key() {
                    return "test.slow";
                }

                public void run() throws InterruptedException {
                    SLOW.run(Duration.ofMillis(2500));
                }
            };
        }

        @Bean
        PersistentTask idleTask() {
            return new PersistentTask() {
                public String key() {
                    return "test.idle";
                }

                public void run() {
                }
            };
        }
    }

    @Autowired
    JobScheduler scheduler;

    @Test
    void anInMemoryJobRunsAgainAndAgainButNeverBesideItself() throws Exception {
        Probe probe = new Probe();
        scheduler.every("test.in-memory", Duration.ZERO, Duration.ofMillis(10), () -> {
            try {
                probe.run(Duration.ofMillis(50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waitFor(() -> probe.runs.get() >= 5, Duration.ofSeconds(10));
        scheduler.cancel("test.in-memory");
        assertThat(probe.mostAtOnce).hasValue(1);
    }

    @Test
    void anInMemoryJobThatFailsRunsAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        scheduler.every("test.failing", Duration.ZERO, Duration.ofMillis(10), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("broken on purpose");
        });
        waitFor(() -> attempts.get() >= 3, Duration.ofSeconds(10));
        scheduler.cancel("test.failing");
    }

    @Test
    void aPersistentJobLongerThanItsIntervalNeverRunsBesideItself() throws Exception {
        scheduler.persistent("test.slow", Schedule.every(Duration.ofSeconds(1)));
        waitFor(() -> SLOW.runs.get() >= 2, Duration.ofSeconds(20));
        scheduler.cancel("test.slow");
        assertThat(SLOW.mostAtOnce).as("@DisallowConcurrentExecution").hasValue(1);
        assertThat(scheduler.nextRun("test.slow")).isEmpty();
    }

    @Test
    void theSameScheduleKeepsTheStoredJobAndAnotherOneReplacesIt() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        scheduler.persistent("test.idle", Schedule.cron("0 30 2 * * ?", shanghai));
        Instant next = scheduler.nextRun("test.idle").orElseThrow();
        assertThat(next.atZone(shanghai).getHour()).isEqualTo(2);
        scheduler.persistent("test.idle", Schedule.cron("0 30 2 * * ?", shanghai));
        assertThat(scheduler.nextRun("test.idle")).contains(next);
        scheduler.persistent("test.idle", Schedule.cron("0 0 3 * * ?", shanghai));
        assertThat(scheduler.nextRun("test.idle").orElseThrow().atZone(shanghai).getHour()).isEqualTo(3);
        scheduler.cancel("test.idle");
    }

    @Test
    void aWrongCronOrAnUnknownTaskIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> scheduler.persistent("test.idle", Schedule.cron("every night", ZoneId.of("UTC"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'every night' is not a valid cron");
        assertThatThrownBy(() -> scheduler.persistent("test.nobody", Schedule.every(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no persistent task has the key test.nobody");
        assertThatThrownBy(() -> Schedule.every(Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
    }

    static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
