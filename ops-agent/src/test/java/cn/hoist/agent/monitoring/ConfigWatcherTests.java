package cn.hoist.agent.monitoring;

import static cn.hoist.agent.monitoring.Harness.bodies;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.agent.config.AgentConfigWatcher;
import cn.hoist.agent.monitoring.config.MonitoringConfig;
import tools.jackson.databind.JsonNode;

/**
 * The running agent follows its configuration file, and survives a broken one: the config module's watcher publishes
 * each applied configuration, and monitoring applies its part.
 */
class ConfigWatcherTests {

    @TempDir
    Path dir;
    Harness h;
    Path file;
    AgentConfigWatcher watcher;

    @BeforeEach
    void start() {
        h = new Harness(dir.resolve("spool"));
        file = dir.resolve("agent.yml");
        MonitoringConfigApplier applier = new MonitoringConfigApplier(h.scheduler, h.traps, h.buffer);
        watcher = new AgentConfigWatcher(file, name -> name.equals("POS_HOST") ? "192.168.1.50" : null,
                Harness.LOADER, applier::on, h.buffer, h.meters);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    List<JsonNode> check() {
        watcher.check();
        h.buffer.flush();
        return h.newReports();
    }

    @Test
    void withoutAFileItWatchesTheLocalHostThenPicksUpTheFileAndKeepsTheLastGoodOneWhenBroken() throws Exception {
        List<JsonNode> first = check();
        assertThat(bodies(first, "inventory")).singleElement().satisfies(inv -> assertThat(inv.get("devices")
                .valueStream().map(d -> d.get("name").asString())).containsExactly("agent-host"));
        assertThat(h.scheduler.jobs()).containsOnlyKeys("agent-host/host", "agent-host/crm-health");
        assertThat(check()).as("nothing changed, nothing sent").isEmpty();

        Files.writeString(file, """
                devices:
                  - name: pos-1
                    kind: pos
                    address: ${POS_HOST}
                    checks: [{type: tcp, port: 9100}]
                """);
        List<JsonNode> second = check();
        JsonNode inventory = bodies(second, "inventory").get(0);
        assertThat(inventory.get("devices").get(0).get("name").asString()).isEqualTo("pos-1");
        assertThat(inventory.get("devices").get(0).get("address").asString()).isEqualTo("192.168.1.50");
        assertThat(inventory.get("devices").get(0).get("checks").get(0).asString()).isEqualTo("tcp.9100");
        assertThat(h.scheduler.jobs()).containsKey("pos-1/tcp.9100");

        Files.writeString(file, "devices:\n  - name: pos-1\n    kind: pos\n    adress: x\n");
        List<JsonNode> third = check();
        assertThat(bodies(third, "inventory")).isEmpty();
        assertThat(bodies(third, "event")).singleElement().satisfies(e -> {
            assertThat(e.get("kind").asString()).isEqualTo("config-invalid");
            assertThat(e.get("message").asString()).contains("agent.yml:4: unknown key 'adress'")
                    .contains("keeping the last good configuration");
        });
        assertThat(h.scheduler.jobs()).as("the last good configuration stays").containsKey("pos-1/tcp.9100");
        assertThat(watcher.current().section(MonitoringConfig.class).devices()).hasSize(1);
    }

    @Test
    void aBrokenFileAtStartStillMonitorsTheLocalHost() throws Exception {
        Files.writeString(file, "devices: [");
        List<JsonNode> reports = check();
        assertThat(bodies(reports, "event")).extracting(e -> e.get("kind").asString()).containsExactly(
                "config-invalid");
        assertThat(bodies(reports, "inventory")).hasSize(1);
        assertThat(h.scheduler.jobs()).containsKey("agent-host/host");
    }

    @Test
    void aChangeOutsideMonitoringsPartLeavesMonitoringAsItIs() throws Exception {
        Files.writeString(file, "devices: [{name: pos-1, kind: pos, address: 10.0.0.5, checks: [{type: tcp, port: 1}]}]\n");
        assertThat(bodies(check(), "inventory")).hasSize(1);
        Files.writeString(file, "# a comment changes the file, not the configuration\n"
                + "devices: [{name: pos-1, kind: pos, address: 10.0.0.5, checks: [{type: tcp, port: 1}]}]\n");
        assertThat(check()).as("same monitoring section: no new inventory").isEmpty();
    }
}
