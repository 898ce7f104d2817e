package cn.hoist.agent.snmp.profile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hoist.agent.snmp.Metric;
import cn.hoist.agent.snmp.Observation;
import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpClients;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.PrinterDevice;
import cn.hoist.snmpsim.SimClock;
import cn.hoist.snmpsim.SnmpSimulator;
import cn.hoist.snmpsim.SwitchDevice;
import cn.hoist.snmpsim.UpsDevice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profiles against simulated devices on a manual clock, so counters move exactly as the test says. */
class ProfileTests {

    static final SimClock.Manual clock = SimClock.manual();
    static SnmpSimulator sim;
    static SnmpClient client;
    DeviceState state;

    @BeforeAll
    static void start() {
        sim = SnmpSimulator.builder().clock(clock).add(DeviceKind.SWITCH).add(DeviceKind.PRINTER)
                .add(DeviceKind.UPS).add(DeviceKind.SERVER).start();
        client = SnmpClients.open(SnmpClientSettings.defaults());
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    @BeforeEach
    void freshState() {
        // The poller's clock follows the simulator's, as if both ran in real time.
        state = new DeviceState(new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return Instant.ofEpochMilli(clock.millis()); }
        });
    }

    static SnmpTarget target(int i) {
        return SnmpTarget.v2c("127.0.0.1", sim.port(i), "public").withTimeout(Duration.ofMillis(500));
    }

    static ProfileResult poll(SnmpProfile p, int device, DeviceState s) throws Exception {
        return p.poll(client, target(device), s).get(20, TimeUnit.SECONDS);
    }

    static List<Metric> metrics(ProfileResult r, String name, String ifIndex) {
        return r.metrics().stream().filter(m -> m.name().equals(name))
                .filter(m -> ifIndex == null || ifIndex.equals(m.labels().get("ifIndex"))).toList();
    }

    static List<String> kinds(ProfileResult r) {
        return r.observations().stream().map(Observation::kind).toList();
    }

    @Test
    void interfaceRatesAcrossA64BitWrap() throws Exception {
        SwitchDevice sw = sim.device(0, SwitchDevice.class);
        sw.setTraffic(5, 1_000_000);  // 8 Mbit/s in
        sw.setOctets(5, -3_000_000L, 100);  // 3 MB below 2^64
        InterfaceProfile p = new InterfaceProfile();
        new SystemProfile().poll(client, target(0), state).get();
        assertThat(metrics(poll(p, 0, state), "snmp_if_in_bits_per_second", "5")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        new SystemProfile().poll(client, target(0), state).get();
        ProfileResult r = poll(p, 0, state);
        assertThat(metrics(r, "snmp_if_in_bits_per_second", "5")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(8_000_000.0));
        assertThat(metrics(r, "snmp_if_oper_up", "20").get(0).value()).isZero();
    }

    @Test
    void thirtyTwoBitCountersWrapToo() throws Exception {
        SwitchDevice sw = sim.device(0, SwitchDevice.class);
        sw.setHcCountersPresent(false);
        try {
            sw.setTraffic(6, 500_000);
            sw.setOctets(6, 0xFFFF_FFFFL - 1_000_000, 0);
            InterfaceProfile p = new InterfaceProfile();
            poll(p, 0, state);
            clock.advance(Duration.ofSeconds(4));
            ProfileResult r = poll(p, 0, state);
            assertThat(metrics(r, "snmp_if_in_bits_per_second", "6").get(0).value()).isEqualTo(4_000_000.0);
        } finally {
            sw.setHcCountersPresent(true);
        }
    }

    @Test
    void rebootDropsTheSampleInsteadOfASpike() throws Exception {
        SwitchDevice sw = sim.device(0, SwitchDevice.class);
        sw.setUptime(Duration.ofDays(30));
        sw.setOctets(2, 5_000_000_000L, 5_000_000_000L);
        SystemProfile sys = new SystemProfile();
        InterfaceProfile p = new InterfaceProfile();
        poll(sys, 0, state);
        poll(p, 0, state);
        clock.advance(Duration.ofSeconds(60));
        sw.reboot();
        clock.advance(Duration.ofSeconds(5));
        ProfileResult s = poll(sys, 0, state);
        assertThat(kinds(s)).contains("device.rebooted");
        ProfileResult r = poll(p, 0, state);
        assertThat(metrics(r, "snmp_if_in_bits_per_second", null)).isEmpty();
        assertThat(kinds(r)).contains("interface.sample_dropped");
        clock.advance(Duration.ofSeconds(10));
        poll(sys, 0, state);
        assertThat(metrics(poll(p, 0, state), "snmp_if_in_bits_per_second", "2").get(0).value())
                .isEqualTo(2 * 1_000_000.0);
    }

    @Test
    void clearedCountersAreSeenThroughDiscontinuityTime() throws Exception {
        SwitchDevice sw = sim.device(0, SwitchDevice.class);
        InterfaceProfile p = new InterfaceProfile();
        poll(p, 0, state);
        clock.advance(Duration.ofSeconds(10));
        sw.clearCounters();
        ProfileResult r = poll(p, 0, state);
        assertThat(metrics(r, "snmp_if_in_bits_per_second", null)).isEmpty();
        assertThat(r.observations()).anyMatch(o -> o.attributes().getOrDefault("reason", "").contains("Discontinuity"));
    }

    @Test
    void uptimeWrapAfter497DaysIsNotAReboot() throws Exception {
        SwitchDevice sw = sim.device(0, SwitchDevice.class);
        sw.setUptime(Duration.ofMillis((1L << 32) * 10 - 30_000));
        SystemProfile sys = new SystemProfile();
        poll(sys, 0, state);
        clock.advance(Duration.ofSeconds(60));
        ProfileResult r = poll(sys, 0, state);
        assertThat(kinds(r)).doesNotContain("device.rebooted");
        assertThat(state.counterDiscontinuity()).isFalse();
        assertThat(r.properties().get("sysDescr")).contains("SimSwitch");
    }

    @Test
    void adminUpInterfaceGoingDownIsObserved() throws Exception {
        SwitchDevice sw = sim.device(0, SwitchDevice.class);
        InterfaceProfile p = new InterfaceProfile();
        poll(p, 0, state);
        sw.setOperStatus(9, false);
        try {
            clock.advance(Duration.ofSeconds(10));
            ProfileResult r = poll(p, 0, state);
            assertThat(r.observations()).filteredOn(o -> o.kind().equals("interface.down"))
                    .singleElement().satisfies(o -> assertThat(o.attributes().get("ifIndex")).isEqualTo("9"));
        } finally {
            sw.setOperStatus(9, true);
        }
    }

    @Test
    void printerSpecialValuesAndWasteBox() throws Exception {
        ProfileResult r = poll(new PrinterProfile(), 1, state);
        assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_printer_supply_level_percent"))
                .singleElement().satisfies(m -> {
                    assertThat(m.value()).isEqualTo(25.0);
                    assertThat(m.labels().get("description")).startsWith("Black");
                });
        assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_printer_supply_state"))
                .extracting(m -> m.labels().get("state"))
                .containsExactlyInAnyOrder("measured", "some_remaining", "unknown", "unrestricted", "measured");
        assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_printer_waste_fill_percent"))
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(92.0));
        assertThat(kinds(r)).containsExactly("printer.waste.nearly_full");
        sim.device(1, PrinterDevice.class).setLevel(1, 0);
        try {
            assertThat(kinds(poll(new PrinterProfile(), 1, state))).contains("printer.supply.empty");
        } finally {
            sim.device(1, PrinterDevice.class).setLevel(1, 600);
        }
    }

    @Test
    void upsOnBattery() throws Exception {
        UpsDevice ups = sim.device(2, UpsDevice.class);
        ProfileResult normal = poll(new UpsProfile(), 2, state);
        assertThat(kinds(normal)).isEmpty();
        ups.setOnBattery(true);
        try {
            clock.advance(Duration.ofMinutes(5));
            ProfileResult r = poll(new UpsProfile(), 2, state);
            assertThat(kinds(r)).contains("ups.on_battery");
            assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_ups_charge_percent"))
                    .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(95.0));
        } finally {
            ups.setOnBattery(false);
        }
    }

    @Test
    void hostResources() throws Exception {
        ProfileResult r = poll(new HostResourcesProfile(), 3, state);
        assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_hr_cpu_load_average_percent"))
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(26.0));
        assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_hr_storage_size_bytes")
                        && m.labels().get("type").equals("ram"))
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(16_303_428.0 * 1024));
        assertThat(r.metrics()).filteredOn(m -> m.name().equals("snmp_hr_storage_used_percent")
                        && m.labels().get("description").equals("/var/lib/postgresql"))
                .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(90.0));
    }

    @Test
    void deadDeviceSkipsTheWalks() throws Exception {
        SnmpTarget wrong = SnmpTarget.v2c("127.0.0.1", sim.port(0), "nope").withTimeout(Duration.ofMillis(200))
                .withRetries(0);
        DevicePoll.Outcome o = new DevicePoll(List.of(new InterfaceProfile())).poll(client, wrong, state)
                .get(20, TimeUnit.SECONDS);
        assertThat(o.reachable()).isFalse();
        assertThat(o.results()).isEmpty();
        DevicePoll.Outcome ok = new DevicePoll(List.of(new InterfaceProfile(), new HostResourcesProfile()))
                .poll(client, target(0), state).get(20, TimeUnit.SECONDS);
        assertThat(ok.results()).extracting(ProfileResult::profile)
                .containsExactly("system", "interfaces", "host-resources");
    }
}
