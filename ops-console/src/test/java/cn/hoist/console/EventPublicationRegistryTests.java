package cn.hoist.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry keeps its promise: an event published in a transaction reaches its
 * listener even when the listener fails (retried by {@link FailedEventRetry}) and even when the
 * console stops before the listener succeeded (handed over again at the next start).
 */
class EventPublicationRegistryTests {

    /** An event only this test publishes. */
    record Probe(String name) {
    }

    /** Fails as often as told, then records what it heard. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListener {

        static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
        static final AtomicInteger ATTEMPTS = new AtomicInteger();
        static final List<String> HEARD = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(Probe probe) {
            ATTEMPTS.incrementAndGet();
            if (FAILURES_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("failing on purpose for " + probe.name());
            }
            HEARD.add(probe.name());
        }
    }

    @Test
    void aFailedListenerGetsItsEventAgainAndSoDoesOneThatNeverRanBeforeARestart() {
        String database = "jdbc:h2:mem:registry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext console = start(database)) {
            FlakyListener.FAILURES_LEFT.set(1);
            publish(console, new Probe("fails once"));

            await().atMost(Duration.ofSeconds(30)).until(() -> FlakyListener.HEARD.contains("fails once"));
            assertThat(FlakyListener.ATTEMPTS.get()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> inFlight(console) == 0);

            // The next one fails until the console stops: it stays in the registry, marked failed.
            FlakyListener.FAILURES_LEFT.set(Integer.MAX_VALUE);
            publish(console, new Probe("left over"));
            await().atMost(Duration.ofSeconds(10)).until(() -> failed(console) == 1);
        }
        FlakyListener.FAILURES_LEFT.set(0);
        try (ConfigurableApplicationContext restarted = start(database)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> FlakyListener.HEARD.contains("left over"));
            await().atMost(Duration.ofSeconds(10)).until(() -> inFlight(restarted) == 0);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        // Arguments, not default properties: application.yml would override those.
        return new SpringApplicationBuilder(ConsoleApplication.class, FlakyListener.class)
                .run("--server.port=0", "--spring.datasource.url=" + database,
                        "--hoist.admin.password=" + ConsoleTestSupport.ADMIN_PASSWORD,
                        "--hoist.metrics.password=metrics-test-password",
                        // Retried at once here; a minute apart by default.
                        "--hoist.console.events.retry-interval=200ms", "--hoist.console.events.retry-after=0s");
    }

    private static void publish(ConfigurableApplicationContext context, Object event) {
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(tx -> context.publishEvent(event));
    }

    private static long inFlight(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from event_publication").query(Long.class)
                .single();
    }

    private static long failed(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from event_publication where status = 'FAILED'")
                .query(Long.class).single();
    }
}
