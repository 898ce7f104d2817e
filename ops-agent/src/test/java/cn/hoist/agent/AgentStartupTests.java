package cn.hoist.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.agent.enrollment.Credential;
import cn.hoist.agent.enrollment.CredentialStore;
import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;

/**
 * The agent service starts on its embedded H2 file database (and on PostgreSQL by configuration),
 * listens on loopback only, answers health to anyone and Prometheus to the metrics account only,
 * and spools its heartbeats while the console is unreachable.
 */
class AgentStartupTests {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @TempDir
    Path home;

    @Test
    void runsOnH2UnderHoistHomeAndSpoolsWhileTheConsoleIsAway() throws Exception {
        enroll();
        try (var agent = start(Map.of("spring.datasource.url", "jdbc:h2:file:${hoist.home}/agent/db/agent"))) {
            assertThat(Files.exists(home.resolve("agent/db/agent.mv.db"))).isTrue();
            assertThat(agent.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            var http = new HttpTester("http://127.0.0.1:" + ProgramStartup.port(agent));
            assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);
            var refused = http.get("/actuator/prometheus").send();
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("detail").asString()).as("a sentence, not a message key")
                    .isEqualTo("请提供有效的账号和密码。");
            assertThat(http.get("/anything").send().status()).isEqualTo(401);
            var health = http.get("/actuator/health").basic("metrics", "agent-metrics-password").send();
            assertThat(health.body()).as("no details, no file path, for the metrics account")
                    .doesNotContain("diskSpace").doesNotContain(home.toString());
            var scrape = http.get("/actuator/prometheus").basic("metrics", "agent-metrics-password").send();
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.body()).contains("hoist_agent_spool_depth");
            assertThat(agent.getBean(JdbcClient.class).sql("select count(*) from agent_run").query(Long.class).single())
                    .isEqualTo(1);
            Path spool = home.resolve("agent/spool");
            assertThat(Files.list(spool).anyMatch(f -> f.toString().endsWith(".seg")))
                    .as("the first heartbeat is spooled though the console is unreachable").isTrue();
            // Without agent.yml the agent still checks its own host, and says so in its metrics.
            long deadline = System.currentTimeMillis() + 20_000;
            String metrics = "";
            while (!metrics.contains("hoist_agent_polls_total{check=\"host\",device=\"agent-host\"")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                metrics = http.get("/actuator/prometheus").basic("metrics", "agent-metrics-password").send().body();
            }
            assertThat(metrics).contains("hoist_agent_polls_total{check=\"host\",device=\"agent-host\"")
                    .contains("hoist_agent_devices 0").contains("hoist_agent_check_duration_seconds_bucket");
        }
    }

    @Test
    void runsOnPostgreSqlByConfiguration() {
        enroll();
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        try (var agent = start(settings)) {
            assertThat(ProgramStartup.databaseProduct(agent)).startsWith("PostgreSQL");
            assertThat(agent.getBean(JdbcClient.class).sql("select count(*) from agent_run").query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    private void enroll() {
        new CredentialStore(new AgentHome(home).credentialFile(), ConsoleClient.defaultJson()).save(new Credential(
                URI.create("http://127.0.0.1:9/"), "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10", "s", "门店",
                "5d0f6a8e-3b6e-4c55-9d2e-6f1c2a7b9e10.secret", OffsetDateTime.now()));
    }

    private ConfigurableApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("hoist.home", home.toString());
        all.put("hoist.metrics.password", "agent-metrics-password");
        return ProgramStartup.start(AgentApplication.class, all);
    }
}
