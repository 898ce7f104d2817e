package cn.hoist.agent.monitoring;

import static cn.hoist.agent.monitoring.Harness.has;
import static cn.hoist.agent.monitoring.Harness.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;
import tools.jackson.databind.JsonNode;

/**
 * The agent against the real thing: net-snmp's snmpd, started here as a child process on a free loopback port with
 * its own configuration and persistent directory (v2c community and a SHA-256/AES user), polled through the whole
 * pipeline for system, interfaces and host resources. Skipped where snmpd is not installed.
 */
class SnmpdInteropIT {

    static final Path SNMPD = Path.of("/usr/sbin/snmpd");

    @TempDir
    static Path dir;
    static Process snmpd;
    static int port;
    Harness h;

    @BeforeAll
    static void startSnmpd() throws Exception {
        assumeTrue(Files.isExecutable(SNMPD), "net-snmp snmpd is not installed at " + SNMPD + " (apt-get install "
                + "snmpd): interop test skipped");
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("snmpd.conf");
        Files.writeString(conf, """
                agentaddress udp:127.0.0.1:%d
                rocommunity public 127.0.0.1
                createUser hoist SHA-256 hoist-auth-pass AES hoist-priv-pass
                rouser hoist priv
                sysName hoist-interop
                """.formatted(port));
        Files.createDirectories(dir.resolve("persist"));
        snmpd = new ProcessBuilder(SNMPD.toString(), "-f", "-Lo", "-C", "-c", conf.toString(),
                "--persistentDir=" + dir.resolve("persist")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("snmpd.log").toFile()).start();
        waitUntilAnswering();
    }

    static void waitUntilAnswering() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        try (var client = cn.hoist.agent.snmp.SnmpClients.open(cn.hoist.agent.snmp.SnmpClientSettings.defaults())) {
            while (true) {
                try {
                    client.get(SnmpTarget.v2c("127.0.0.1", port, "public").withTimeout(Duration.ofMillis(300)),
                            List.of(SnmpOid.of("1.3.6.1.2.1.1.3.0"))).get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    assertThat(snmpd.isAlive()).as("snmpd exited: " + Files.readString(dir.resolve("snmpd.log")))
                            .isTrue();
                    assertThat(Instant.now()).as("snmpd answers within 20 s").isBefore(deadline);
                }
            }
        }
    }

    @AfterAll
    static void stopSnmpd() throws Exception {
        if (snmpd != null) {
            snmpd.destroy();
            if (!snmpd.waitFor(10, TimeUnit.SECONDS)) {
                snmpd.destroyForcibly();
            }
        }
    }

    @BeforeEach
    void harness() {
        h = new Harness(dir.resolve("spool-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void pollsSystemInterfacesAndHostResourcesOverV2cAndV3() throws Exception {
        h.scheduler.apply(Harness.config("""
                local-host: {enabled: false}
                crm-health: {enabled: false}
                devices:
                  - name: snmpd-v2c
                    kind: server
                    address: 127.0.0.1
                    snmp: {port: %1$d, profiles: [system, interfaces, host-resources]}
                  - name: snmpd-v3
                    kind: server
                    address: 127.0.0.1
                    snmp: {port: %1$d, version: 3, user: hoist, auth: SHA-256, auth-password: hoist-auth-pass,
                           priv: AES, priv-password: hoist-priv-pass, profiles: [system, interfaces, host-resources]}
                """.formatted(port)));
        List<JsonNode> reports = h.runUntil(r -> has("snmpd-v2c", "snmp.host-resources").test(r)
                && has("snmpd-v3", "snmp.host-resources").test(r), Duration.ofSeconds(60));
        for (String device : List.of("snmpd-v2c", "snmpd-v3")) {
            JsonNode system = result(reports, device, "snmp.system");
            assertThat(system.get("status").asString()).as(device).isEqualTo("OK");
            assertThat(system.get("properties").get("sysName").asString()).isEqualTo("hoist-interop");
            assertThat(system.get("properties").get("sysDescr").asString()).contains("Linux");
            JsonNode interfaces = result(reports, device, "snmp.interfaces");
            assertThat(interfaces.get("status").asString()).as(device).isIn("OK", "WARNING");
            assertThat(interfaces.get("metrics").valueStream().filter(m -> m.get("name").asString()
                    .equals("snmp_if_oper_up") && m.get("labels").get("ifDescr").asString().equals("lo")))
                    .as("the loopback interface").hasSize(1);
            JsonNode hr = result(reports, device, "snmp.host-resources");
            assertThat(hr.get("status").asString()).as(device).isIn("OK", "WARNING", "CRITICAL");
            assertThat(hr.get("metrics").valueStream().map(m -> m.get("name").asString()))
                    .contains("snmp_hr_storage_used_percent");
        }
    }

    @Test
    void wrongV3PassPhraseIsAnAuthenticationErrorNotATimeout() throws Exception {
        h.scheduler.apply(Harness.config("""
                local-host: {enabled: false}
                crm-health: {enabled: false}
                devices:
                  - name: snmpd-wrong
                    kind: server
                    address: 127.0.0.1
                    snmp: {port: %d, version: 3, user: hoist, auth: SHA256, auth-password: not-the-pass-phrase,
                           priv: AES, priv-password: hoist-priv-pass, timeout: 500ms}
                """.formatted(port)));
        JsonNode system = result(h.runUntil(has("snmpd-wrong", "snmp.system"), Duration.ofSeconds(30)),
                "snmpd-wrong", "snmp.system");
        assertThat(system.get("status").asString()).isEqualTo("CRITICAL");
        assertThat(system.get("message").asString()).contains("wrong authentication pass phrase");
    }
}
