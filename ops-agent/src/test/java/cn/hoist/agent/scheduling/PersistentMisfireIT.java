package cn.hoist.agent.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import cn.hoist.testsupport.PostgresDatabase;

/**
 * A persistent job whose time passed while the agent was down runs once when the agent is back, on a database that
 * starts empty (Flyway creates Quartz's tables) and is then reopened: on H2 files as shops have it, and on
 * PostgreSQL. An IT: each case stops and starts the agent's scheduling around a job's time (about 20 s).
 */
class PersistentMisfireIT {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    static final AtomicInteger RUNS = new AtomicInteger();

    /** The agent reduced to its scheduling, as each start of the service has it. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = "cn.hoist.platform.HoistPlatformAutoConfiguration")
    @Import(SchedulingConfiguration.class)
    static class Agent {

        @Bean
        PersistentTask nightly() {
            return new PersistentTask() {
                public String key() {
                    return "test.nightly";
                }

                public void run() {
                    RUNS.incrementAndGet();
                }
            };
        }
    }

    @TempDir
    Path home;

    /** Past the misfire threshold (here 1 s; 60 s in the service): Quartz's misfire handling fires it once, now. */
    @Test
    void onH2() throws Exception {
        missedWhileDownRunsOnceAtStart(Map.of("spring.datasource.url", "jdbc:h2:file:" + home.resolve("db/agent")
                + ";DB_CLOSE_ON_EXIT=FALSE"));
    }

    /** Within the threshold it is no misfire: the trigger is merely late and fires as the scheduler starts. */
    @Test
    void onH2WhenTheOutageIsShorterThanTheMisfireThreshold() throws Exception {
        missedWhileDownRunsOnceAtStart(Map.of("spring.datasource.url", "jdbc:h2:file:" + home.resolve("db/agent")
                + ";DB_CLOSE_ON_EXIT=FALSE", "spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "60000"));
    }

    @Test
    void onPostgreSql() throws Exception {
        missedWhileDownRunsOnceAtStart(Map.of("spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", postgres.user(), "spring.datasource.password", postgres.password()));
    }

    private void missedWhileDownRunsOnceAtStart(Map<String, Object> database) throws Exception {
        RUNS.set(0);
        Instant due;
        try (ConfigurableApplicationContext first = start(database)) {
            due = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
            first.getBean(JobScheduler.class).persistent("test.nightly", daily(due));
            assertThat(first.getBean(JobScheduler.class).nextRun("test.nightly")).contains(due);
            assertThat(Instant.now()).as("the agent stops before the job's time").isBefore(due);
        }
        while (Instant.now().isBefore(due.plusSeconds(3))) {
            Thread.sleep(100);
        }
        assertThat(RUNS).as("nothing runs while the agent is down").hasValue(0);
        try (ConfigurableApplicationContext second = start(database)) {
            // The feature registers its schedule again at each start, as it will in the service.
            second.getBean(JobScheduler.class).persistent("test.nightly", daily(due));
            SchedulingModuleTests.waitFor(() -> RUNS.get() == 1, Duration.ofSeconds(15));
            Thread.sleep(2000);
            assertThat(RUNS).as("once, not once per missed time").hasValue(1);
            assertThat(second.getBean(JobScheduler.class).nextRun("test.nightly"))
                    .contains(due.plus(1, ChronoUnit.DAYS));
        }
    }

    private static Schedule daily(Instant at) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return Schedule.cron(t.getSecond() + " " + t.getMinute() + " " + t.getHour() + " * * ?", ZoneOffset.UTC);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.putIfAbsent("spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "1000");
        // As command-line arguments, so that they win over application.yml.
        return new SpringApplicationBuilder(Agent.class).web(WebApplicationType.NONE).run(properties.entrySet()
                .stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
