package cn.hoist.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/**
 * The foundation's "done when", checked on the programs as shipped: one command starts console, CRM
 * and an enrolled agent; the agent is ONLINE; the CRM is UP in Spring Boot Admin; nothing but health
 * answers without credentials; a stopped agent goes OFFLINE; starting twice is safe; stop stops. And issue 4's
 * agent side: the demo agent polls the local SNMP agent the script started and its reports reach the console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteIT {

    static LocalSuite suite;

    @BeforeAll
    static void start() throws IOException {
        Path parent = Files.createDirectories(Path.of("target", "e2e"));
        suite = new LocalSuite(Files.createTempDirectory(parent.toAbsolutePath(), "hoist-home-"));
        LocalSuite.Result started = suite.start();
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output()).contains("http://127.0.0.1:" + suite.consolePort)
                .contains("http://127.0.0.1:" + suite.crmPort).contains(LocalSuite.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.stop();
        }
    }

    @Test
    @Order(1)
    void theDemoShopsAgentIsOnline() {
        JsonNode shops = suite.console().get("/api/shops").basic("admin", LocalSuite.ADMIN_PASSWORD).send().json();
        JsonNode demo = shops.get("items").valueStream()
                .filter(s -> s.get("shop").get("name").asString().contains("Demo Shop")).findFirst().orElseThrow();
        JsonNode agent = demo.get("agents").get(0);
        assertThat(agent.get("status").asString()).isEqualTo("ONLINE");
        assertThat(agent.get("lastSeenAt").isNull()).isFalse();
        assertThat(Files.exists(suite.file("agent/credential.json"))).isTrue();
    }

    @Test
    @Order(2)
    void theAgentMonitorsTheLocalSnmpAgentAndItsReportsAreDelivered() throws Exception {
        String password = Files.readString(suite.file("agent/secrets/metrics.password")).strip();
        String device = Files.exists(suite.file("local/snmpd.pid")) ? "shop-server" : "core-switch";
        String ok = "hoist_agent_polls_total{check=\"snmp.system\",device=\"" + device + "\",outcome=\"ok\"}";
        String[] scrape = {""};
        LocalSuite.await("the agent polled the demo SNMP agent and the console took its reports", Duration.ofSeconds(60),
                () -> {
                    scrape[0] = suite.agent().get("/actuator/prometheus").basic("metrics", password).send().body();
                    return scrape[0].contains(ok) && sent(scrape[0]) > 0;
                });
        assertThat(scrape[0]).contains("hoist_agent_polls_total{check=\"host\",device=\"agent-host\"")
                .contains("hoist_agent_spool_depth");
        assertThat(Files.readString(suite.file("agent/agent.yml"))).contains("name: " + device);
    }

    private static double sent(String scrape) {
        return scrape.lines().filter(l -> l.startsWith("hoist_agent_reports_sent_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    @Order(3)
    void theCrmIsUpInSpringBootAdmin() throws InterruptedException {
        HttpTester session = suite.consoleSession();
        LocalSuite.await("the CRM shows UP in Spring Boot Admin", Duration.ofSeconds(90), () -> {
            var apps = session.get("/admin/applications").header("Accept", "application/json").send();
            return apps.status() == 200 && apps.json().valueStream().anyMatch(app ->
                    app.get("name").asString().equals("hoist-crm") && app.get("status").asString().equals("UP"));
        });
    }

    @Test
    @Order(4)
    void withoutCredentialsOnlyHealthAnswers() {
        for (HttpTester program : new HttpTester[] {suite.console(), suite.crm(), suite.agent()}) {
            assertThat(program.get("/actuator/health").send().status()).isEqualTo(200);
            assertThat(program.get("/actuator/prometheus").send().status()).isEqualTo(401);
        }
        for (String path : new String[] {"/api/shops", "/api/agents/x", "/v3/api-docs"}) {
            var response = suite.console().get(path).send();
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("Content-Type")).get().asString().startsWith("application/problem+json");
        }
        assertThat(suite.crm().get("/api/customers").send().status()).isEqualTo(401);
        for (HttpTester program : new HttpTester[] {suite.console(), suite.crm()}) {
            for (String page : new String[] {"/", "/admin", "/swagger-ui.html"}) {
                var response = program.get(page).send();
                assertThat(response.status()).as(page).isEqualTo(302);
                assertThat(response.header("Location")).get().asString().endsWith("/login");
            }
        }
    }

    @Test
    @Order(5)
    void startingAgainLeavesTheRunningSuiteAlone() {
        LocalSuite.Result again = suite.start();
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("console is already running").contains("agent is already running");
    }

    @Test
    @Order(6)
    void aStoppedAgentGoesOfflineWithinTheConfiguredTime() throws InterruptedException {
        assertThat(suite.stop("agent").exitCode()).isZero();
        // offline-after is 10 s here; the console sweeps every 5 s
        LocalSuite.await("the console marks the agent OFFLINE", Duration.ofSeconds(30), () ->
                suite.console().get("/api/shops").basic("admin", LocalSuite.ADMIN_PASSWORD).send().body()
                        .contains("\"status\":\"OFFLINE\""));
    }

    @Test
    @Order(7)
    void stopStopsEverything() throws InterruptedException {
        assertThat(suite.stop().exitCode()).isZero();
        assertThat(suite.file("local/snmpd.pid")).doesNotExist();
        assertThat(suite.file("local/snmp-simulator.pid")).doesNotExist();
        LocalSuite.await("nothing answers any more", Duration.ofSeconds(30), () -> {
            try {
                suite.console().get("/actuator/health").send();
                return false;
            } catch (RuntimeException refused) {
                return true;
            }
        });
    }
}
