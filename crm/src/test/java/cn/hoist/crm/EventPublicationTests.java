package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No event between modules is lost: Spring Modulith's JDBC registry keeps each publication (V9) until its listener
 * has completed, hands a failed one to the listener again ({@link EventRetries}), and delivers what was outstanding
 * at a stop on the next start. A probe listener stands in for a module's, failing as often as a test asks.
 */
class EventPublicationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @BeforeEach
    void reset() {
        ProbeListener.failuresLeft.set(0);
        ProbeListener.attempts.clear();
        ProbeListener.handled.clear();
    }

    @Test
    void aListenerThatFailsGetsTheEventAgainAndThePublicationIsThenGone(@TempDir Path home) {
        try (var app = start(home, "200ms")) {
            ProbeListener.failuresLeft.set(1);
            UUID id = publish(app);
            await().atMost(PATIENCE).until(() -> ProbeListener.handled.contains(id));
            assertThat(ProbeListener.attempts).containsExactly(id, id);
            await().atMost(PATIENCE).until(() -> publications(app) == 0);
        }
    }

    @Test
    void anEventOutstandingWhenTheCrmStopsIsDeliveredOnTheNextStart(@TempDir Path home) {
        UUID id;
        try (var app = start(home, "1h")) {
            ProbeListener.failuresLeft.set(1);
            id = publish(app);
            await().atMost(PATIENCE).until(() -> ProbeListener.attempts.contains(id));
            await().atMost(PATIENCE).until(() -> incomplete(app) == 1);
            assertThat(ProbeListener.handled).isEmpty();
        }
        try (var app = start(home, "1h")) {
            await().atMost(PATIENCE).until(() -> ProbeListener.handled.contains(id));
            await().atMost(PATIENCE).until(() -> publications(app) == 0);
        }
        assertThat(ProbeListener.attempts).containsExactly(id, id);
    }

    /** The CRM on an H2 file database under {@code home} (kept across a restart), with the probe listener. */
    private static ConfigurableApplicationContext start(Path home, String retryInterval) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("hoist.home", home.toString());
        settings.put("hoist.admin.password", "events-admin-password-01");
        settings.put("spring.datasource.url", "jdbc:h2:file:" + home + "/crm/db/crm");
        settings.put("hoist.crm.event-retry-interval", retryInterval);
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CrmApplication.class, ProbeListener.class).run(args);
    }

    private static UUID publish(ConfigurableApplicationContext app) {
        UUID id = UUID.randomUUID();
        app.getBean(TransactionTemplate.class).executeWithoutResult(
                tx -> app.publishEvent(new Probe(id)));
        return id;
    }

    private static long publications(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select count(*) from event_publication").query(Long.class).single();
    }

    private static long incomplete(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    /** An event as a module publishes one. */
    record Probe(UUID id) {
    }

    /** A module's listener that fails {@code failuresLeft} times, then handles the event. */
    static class ProbeListener {

        static final AtomicInteger failuresLeft = new AtomicInteger();
        static final List<UUID> attempts = new CopyOnWriteArrayList<>();
        static final List<UUID> handled = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(Probe probe) {
            attempts.add(probe.id());
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("The probe fails on purpose");
            }
            handled.add(probe.id());
        }
    }
}
