package cn.hoist.agent.monitoring;

import static cn.hoist.agent.monitoring.Harness.bodies;
import static cn.hoist.agent.monitoring.Harness.has;
import static cn.hoist.agent.monitoring.Harness.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.snmpsim.Access;
import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.SnmpSimulator;
import cn.hoist.snmpsim.UpsDevice;
import cn.hoist.snmpsim.V3User;
import tools.jackson.databind.JsonNode;

/**
 * The poller end to end: simulated switch (24 ports), printer (special values, out-of-order OIDs) and UPS, over
 * v2c and v3 with SHA-1 and SHA-256 users, into check results and events in the spool, in the protocol's shape.
 */
class SnmpMonitoringTests {

    static final V3User SHA1 = new V3User("ops-sha1", "SHA1", "sha1-auth-pass", "AES128", "sha1-priv-pass");
    static final V3User SHA256 = new V3User("ops-sha256", "SHA256", "sha256-auth-pass", "AES128",
            "sha256-priv-pass");

    @TempDir
    Path dir;
    SnmpSimulator sim;
    Harness h;

    @BeforeEach
    void start() {
        sim = SnmpSimulator.builder().access(Access.community("public").withUser(SHA1).withUser(SHA256))
                .add(DeviceKind.SWITCH).add(DeviceKind.PRINTER).add(DeviceKind.UPS).start();
        sim.device(1, cn.hoist.snmpsim.PrinterDevice.class).setBrokenOidOrder(true);
        h = new Harness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
        sim.close();
    }

    String devices() {
        return """
                local-host: {enabled: false}
                crm-health: {enabled: false}
                devices:
                  - name: core-switch
                    kind: switch
                    address: 127.0.0.1
                    snmp: {port: %d, timeout: 500ms, critical-interfaces: [Gi0/19]}
                  - name: front-printer
                    kind: printer
                    address: 127.0.0.1
                    snmp:
                      port: %d
                      version: 3
                      user: ops-sha1
                      auth: SHA1
                      auth-password: sha1-auth-pass
                      priv: AES
                      priv-password: sha1-priv-pass
                      max-repetitions: 3
                      allow-non-increasing-oids: true
                    thresholds:
                      supply-percent: {warning: 30, critical: 5}
                  - name: server-ups
                    kind: ups
                    address: 127.0.0.1
                    snmp: {port: %d, version: 3, user: ops-sha256, auth: SHA256, auth-password: sha256-auth-pass,
                           priv: AES128, priv-password: sha256-priv-pass}
                """.formatted(sim.port(0), sim.port(1), sim.port(2));
    }

    @Test
    void everyProfileBecomesACheckResultWithTheRightStatus() throws Exception {
        sim.device(2, UpsDevice.class).setOnBattery(true);
        h.scheduler.apply(Harness.config(devices()));
        List<JsonNode> reports = h.runUntil(r -> has("core-switch", "snmp.interfaces").test(r)
                && has("front-printer", "snmp.printer").test(r) && has("server-ups", "snmp.ups").test(r),
                Duration.ofSeconds(30));

        assertThat(result(reports, "core-switch", "snmp.system").get("status").asString()).isEqualTo("OK");
        assertThat(result(reports, "core-switch", "snmp.system").get("properties").get("sysDescr").asString())
                .contains("24-port");
        JsonNode interfaces = result(reports, "core-switch", "snmp.interfaces");
        assertThat(interfaces.get("status").asString()).isEqualTo("CRITICAL");
        assertThat(interfaces.get("message").asString()).contains("interface Gi0/19 is down");
        assertThat(interfaces.get("metrics").valueStream().filter(m -> m.get("name").asString()
                .equals("snmp_if_oper_up"))).hasSize(24);

        JsonNode printer = result(reports, "front-printer", "snmp.printer");
        assertThat(printer.get("status").asString()).isEqualTo("WARNING");
        assertThat(printer.get("message").asString()).contains("Black Toner Cartridge HP W2030A at 25 %")
                .contains("Toner Collection Unit is 92 % full");

        JsonNode ups = result(reports, "server-ups", "snmp.ups");
        assertThat(ups.get("status").asString()).isEqualTo("CRITICAL");
        assertThat(ups.get("message").asString()).contains("on battery");

        List<JsonNode> events = bodies(reports, "event");
        assertThat(events).extracting(e -> e.get("kind").asString())
                .contains("ups-on-battery", "printer-waste-nearly-full");
        assertThat(events).filteredOn(e -> e.get("kind").asString().equals("ups-on-battery")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("severity").asString()).isEqualTo("CRITICAL");
                    assertThat(e.get("device").asString()).isEqualTo("server-ups");
                });
    }

    @Test
    void statesBecomeEventsOnceAndTransitionsEveryTime() throws Exception {
        h.scheduler.apply(Harness.config(devices().replace("kind: switch", "kind: switch\n    interval: 1s")
                .replace("kind: ups", "kind: ups\n    interval: 1s")));
        List<JsonNode> first = h.runUntil(has("server-ups", "snmp.ups"), Duration.ofSeconds(30));
        assertThat(bodies(first, "event")).noneMatch(e -> e.get("kind").asString().startsWith("ups-"));

        sim.device(2, UpsDevice.class).setOnBattery(true);
        cn.hoist.snmpsim.SwitchDevice sw = sim.device(0, cn.hoist.snmpsim.SwitchDevice.class);
        sw.setOperStatus(3, false);
        List<JsonNode> later = h.runUntil(r -> bodies(r, "event").stream().anyMatch(e -> e.get("kind").asString()
                .equals("ups-on-battery")) && bodies(r, "event").stream().anyMatch(e -> e.get("kind").asString()
                .equals("link-down")), Duration.ofSeconds(30));
        assertThat(bodies(later, "event")).filteredOn(e -> e.get("kind").asString().equals("link-down"))
                .singleElement().satisfies(e -> assertThat(e.get("attributes").get("ifName").asString())
                        .isEqualTo("Gi0/3"));
        // two more polls of the UPS while still on battery: no second event
        long upsPolls = 0;
        List<JsonNode> more = List.of();
        while (upsPolls < 2) {
            more = h.runUntil(has("server-ups", "snmp.ups"), Duration.ofSeconds(30));
            upsPolls++;
            assertThat(bodies(more, "event")).noneMatch(e -> e.get("kind").asString().equals("ups-on-battery"));
        }
        sim.device(2, UpsDevice.class).setOnBattery(false);
        List<JsonNode> back = h.runUntil(r -> bodies(r, "event").stream().anyMatch(e -> e.get("kind").asString()
                .equals("ups-on-mains")), Duration.ofSeconds(30));
        assertThat(result(back, "server-ups", "snmp.ups").get("status").asString()).isEqualTo("OK");
    }

    @Test
    void trafficRatesAcrossA64BitCounterWrapReachTheReportWithoutASpike() throws Exception {
        cn.hoist.snmpsim.SwitchDevice sw = sim.device(0, cn.hoist.snmpsim.SwitchDevice.class);
        // 10 MB/s, 10 MB below 2^64: the counter wraps a second from now, between the first and second poll.
        sw.setTraffic(5, 10_000_000);
        sw.setOctets(5, -10_000_000L, 0);
        h.scheduler.apply(Harness.config(devices().replace("kind: switch", "kind: switch\n    interval: 1s")));
        h.runUntil(has("core-switch", "snmp.interfaces"), Duration.ofSeconds(30));
        Thread.sleep(1_100);
        JsonNode second = result(h.runUntil(has("core-switch", "snmp.interfaces"), Duration.ofSeconds(30)),
                "core-switch", "snmp.interfaces");
        double inRate = second.get("metrics").valueStream().filter(m -> m.get("name").asString()
                .equals("snmp_if_in_bits_per_second") && m.get("labels").get("ifIndex").asString().equals("5"))
                .findFirst().orElseThrow().get("value").asDouble();
        // 10 MB/s = 80 Mbit/s across the wrap, not a spike of 2^64 bytes (nor a dropped sample)
        assertThat(inRate).isBetween(40e6, 160e6);
    }

    @Test
    void wrongCredentialsAreTold() throws Exception {
        String wrong = devices().replace("community: public", "").replace("timeout: 500ms", "timeout: 300ms, "
                + "retries: 0, community: not-the-community").replace("auth-password: sha256-auth-pass",
                        "auth-password: guessed-password");
        h.scheduler.apply(Harness.config(wrong));
        List<JsonNode> reports = h.runUntil(r -> has("core-switch", "snmp.system").test(r)
                && has("server-ups", "snmp.system").test(r), Duration.ofSeconds(30));
        JsonNode sw = result(reports, "core-switch", "snmp.system");
        assertThat(sw.get("status").asString()).isEqualTo("UNREACHABLE");
        assertThat(sw.get("message").asString()).contains("wrong community").doesNotContain("not-the-community");
        JsonNode ups = result(reports, "server-ups", "snmp.system");
        assertThat(ups.get("status").asString()).isEqualTo("CRITICAL");
        assertThat(ups.get("message").asString()).startsWith("SNMP authentication error")
                .contains("wrong authentication pass phrase").doesNotContain("guessed-password");
        assertThat(bodies(reports, "event")).extracting(e -> e.get("kind").asString())
                .contains("device-unreachable", "snmp-auth-failed");
        assertThat(h.meters.get("hoist.agent.snmp.errors").tag("kind", "authentication").counter().count())
                .isEqualTo(1);
    }
}
