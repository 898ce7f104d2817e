package cn.hoist.agent.monitoring;

import static cn.hoist.agent.monitoring.Harness.bodies;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.snmpsim.Access;
import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.SnmpSimulator;
import cn.hoist.snmpsim.TrapSender;
import cn.hoist.snmpsim.V3User;
import tools.jackson.databind.JsonNode;

/** A device that stops answering moves to the slow lane and back; traps become events at once. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class LanesAndTrapsTests {

    static final V3User TRAP_USER = new V3User("trapper", "SHA256", "trap-auth-pass", "AES128", "trap-priv-pass");

    @TempDir
    Path dir;
    Harness h;
    SnmpSimulator sim;

    @BeforeEach
    void start() {
        h = new Harness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void aDeviceThatStopsAnsweringIsReportedOncePerLaneIntervalAndComesBack() throws Exception {
        sim = SnmpSimulator.builder().add(DeviceKind.SWITCH).start();
        int port = sim.port(0);
        h.scheduler.apply(Harness.config("""
                local-host: {enabled: false}
                crm-health: {enabled: false}
                defaults: {unreachable-interval: 4s}
                devices:
                  - name: sw
                    kind: switch
                    address: 127.0.0.1
                    interval: 1s
                    snmp: {port: %d, timeout: 200ms, retries: 0, profiles: [system]}
                """.formatted(port)));
        h.runUntil(Harness.has("sw", "snmp.system"), Duration.ofSeconds(20));
        sim.close();
        List<JsonNode> down = h.runUntil(r -> bodies(r, "event").stream().anyMatch(e -> e.get("kind").asString()
                .equals("device-unreachable")), Duration.ofSeconds(20));
        SnmpDeviceJob job = (SnmpDeviceJob) h.scheduler.jobs().get("sw/snmp");
        assertThat(job.unreachable()).isTrue();
        assertThat(h.meters.get("hoist.agent.devices.unreachable").gauge().value()).isEqualTo(1);
        // For two seconds (two normal intervals) the dead device is left alone: no new report.
        List<JsonNode> quiet = new ArrayList<>();
        Instant until = Instant.now().plusSeconds(2);
        while (Instant.now().isBefore(until)) {
            h.scheduler.tick();
            h.buffer.flush();
            quiet.addAll(h.newReports());
            Thread.sleep(100);
        }
        assertThat(quiet).isEmpty();
        assertThat(Harness.result(down, "sw", "snmp.system").get("status").asString()).isEqualTo("UNREACHABLE");

        sim = SnmpSimulator.builder().add(DeviceKind.SWITCH, port).start();
        List<JsonNode> back = h.runUntil(r -> bodies(r, "event").stream().anyMatch(e -> e.get("kind").asString()
                .equals("device-reachable")), Duration.ofSeconds(20));
        assertThat(Harness.result(back, "sw", "snmp.system").get("status").asString()).isEqualTo("OK");
        assertThat(job.unreachable()).isFalse();
        assertThat(h.meters.get("hoist.agent.devices.unreachable").gauge().value()).isZero();
    }

    @Test
    void trapsBecomeEventsWithTheDeviceNameAndBadDatagramsAreCounted() throws Exception {
        sim = SnmpSimulator.builder().access(Access.community("public").withUser(TRAP_USER)).start();
        h.traps.apply(Harness.config("""
                traps:
                  bind: 127.0.0.1
                  port: 0
                  communities: [public]
                  users:
                    - {name: trapper, auth: SHA256, auth-password: trap-auth-pass, priv: AES128,
                       priv-password: trap-priv-pass}
                devices:
                  - {name: core-switch, kind: switch, address: 127.0.0.1}
                """));
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", h.traps.port());
        sim.traps().linkDown(to, "public", 7);
        sim.traps().sendV3(to, TRAP_USER, TrapSender.UPS_ON_BATTERY, 100);
        sim.traps().sendGarbage(to, "not snmp at all".getBytes());
        sim.traps().linkDown(to, "wrong-community", 1);
        List<JsonNode> events = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(10);
        while (events.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            h.buffer.flush();
            events.addAll(bodies(h.newReports(), "event"));
        }
        assertThat(events).extracting(e -> e.get("kind").asString()).containsExactly("link-down", "ups-on-battery");
        JsonNode linkDown = events.get(0);
        assertThat(linkDown.get("device").asString()).isEqualTo("core-switch");
        assertThat(linkDown.get("attributes").get("ifIndex").asString()).isEqualTo("7");
        assertThat(linkDown.get("attributes").get("source").asString()).isEqualTo("trap");
        assertThat(events.get(1).get("severity").asString()).isEqualTo("CRITICAL");
        Instant counted = Instant.now().plusSeconds(5);
        while (h.meters.get("hoist.agent.traps.rejected").functionCounter().count() < 2
                && Instant.now().isBefore(counted)) {
            Thread.sleep(50);
        }
        assertThat(h.meters.get("hoist.agent.traps.rejected").functionCounter().count()).isEqualTo(2);
        assertThat(h.meters.get("hoist.agent.traps.received").tag("trap", "linkDown").counter().count()).isEqualTo(1);
    }

    @Test
    void hostileDatagramsOnTheTrapPortAreCountedLoggedOncePerSenderAndTheReceiverGoesOn(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        sim = SnmpSimulator.builder().access(Access.community("public")).start();
        h.traps.apply(Harness.config("""
                traps: {bind: 127.0.0.1, port: 0, communities: [public]}
                devices:
                  - {name: core-switch, kind: switch, address: 127.0.0.1}
                """));
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", h.traps.port());
        java.util.Random random = new java.util.Random(17);
        int hostile = 0;
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[2 + random.nextInt(300)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                bytes[0] = 0x30; // a BER sequence that lies about its length or ends early
                bytes[1] = (byte) 0x82;
            }
            sim.traps().sendGarbage(to, bytes);
            hostile++;
        }
        byte[] oversized = new byte[65_000];
        oversized[0] = 0x30;
        oversized[1] = (byte) 0x83;
        sim.traps().sendGarbage(to, oversized);
        for (int i = 0; i < 5; i++) {
            sim.traps().linkDown(to, "wrong-community", i);
        }
        hostile += 6;
        sim.traps().linkDown(to, "public", 3);
        List<JsonNode> events = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(15);
        while (events.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            h.buffer.flush();
            events.addAll(bodies(h.newReports(), "event"));
        }
        assertThat(events).as("a real trap after the flood still arrives").extracting(e -> e.get("kind").asString())
                .containsExactly("link-down");
        Instant counted = Instant.now().plusSeconds(10);
        while (h.meters.get("hoist.agent.traps.rejected").functionCounter().count() < hostile * 0.9
                && Instant.now().isBefore(counted)) {
            Thread.sleep(50);
        }
        assertThat(h.meters.get("hoist.agent.traps.rejected").functionCounter().count())
                .as("UDP on loopback may drop a few under load, never count more").isBetween(hostile * 0.9, hostile * 1.0);
        assertThat(output.getAll().lines().filter(l -> l.contains("WARN") && l.contains("dropped SNMP datagram")))
                .as("one line for the one sender within the minute").hasSize(1);
        assertThat(h.traps.health().getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
    }

    @Test
    void aTrapPortThatCannotBeBoundIsReportedAndTheAgentRunsOn() throws Exception {
        try (java.net.DatagramSocket taken = new java.net.DatagramSocket(0,
                java.net.InetAddress.getLoopbackAddress())) {
            h.traps.apply(Harness.config("traps: {bind: 127.0.0.1, port: %d}".formatted(taken.getLocalPort())));
            h.buffer.flush();
            assertThat(bodies(h.newReports(), "event")).singleElement().satisfies(e -> {
                assertThat(e.get("kind").asString()).isEqualTo("trap-receiver-failed");
                assertThat(e.get("message").asString()).contains(Integer.toString(taken.getLocalPort()));
            });
            assertThat(h.traps.port()).isEqualTo(-1);
            var health = h.traps.health();
            assertThat(health.getStatus()).as("the agent's health must not say UP while traps go unheard")
                    .isEqualTo(org.springframework.boot.health.contributor.Status.DOWN);
            assertThat(health.getDetails()).containsEntry("port", taken.getLocalPort()).containsKey("error");
        }
        int free;
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        h.traps.apply(Harness.config("traps: {bind: 127.0.0.1, port: %d}".formatted(free)));
        assertThat(h.traps.health().getStatus()).as("listening again")
                .isEqualTo(org.springframework.boot.health.contributor.Status.UP);
    }
}
