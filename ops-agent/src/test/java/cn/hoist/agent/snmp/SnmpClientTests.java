package cn.hoist.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hoist.snmpsim.Access;
import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.PrinterDevice;
import cn.hoist.snmpsim.SnmpSimulator;
import cn.hoist.snmpsim.V3User;
import java.net.DatagramSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against snmp4j-agent based simulated devices over loopback. */
class SnmpClientTests {

    static final SnmpOid SYS_DESCR = SnmpOid.of("1.3.6.1.2.1.1.1.0");
    static final SnmpOid SYS_UPTIME = SnmpOid.of("1.3.6.1.2.1.1.3.0");
    static final SnmpOid IFX_ENTRY = SnmpOid.of("1.3.6.1.2.1.31.1.1.1");
    static final V3User SHA1_USER = new V3User("ops-sha1", "SHA1", "sha1-auth-pass", "AES128", "sha1-priv-pass");
    static final V3User SHA256_USER = new V3User("ops-sha256", "SHA256", "sha256-auth-pass", "AES128",
            "sha256-priv-pass");

    static SnmpSimulator sim;
    static SnmpClient client;

    @BeforeAll
    static void start() {
        sim = SnmpSimulator.builder()
                .access(Access.community("public").withUser(SHA1_USER).withUser(SHA256_USER))
                .add(DeviceKind.SWITCH).add(DeviceKind.PRINTER).start();
        client = SnmpClients.open(SnmpClientSettings.defaults());
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    static SnmpTarget v2c(int device) {
        return SnmpTarget.v2c("127.0.0.1", sim.port(device), "public").withTimeout(Duration.ofMillis(500));
    }

    static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(20, TimeUnit.SECONDS);
    }

    static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> f.get(20, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void getsSystemObjectsOverV2c() throws Exception {
        List<SnmpVarbind> vbs = await(client.get(v2c(0), List.of(SYS_DESCR, SYS_UPTIME)));
        assertThat(vbs).hasSize(2);
        assertThat(vbs.get(0).value().text()).contains("24-port");
        assertThat(vbs.get(1).value()).isInstanceOf(SnmpValue.TimeTicks.class);
    }

    @Test
    void getsOverV1() throws Exception {
        SnmpTarget v1 = SnmpTarget.v1("127.0.0.1", sim.port(0), "public").withTimeout(Duration.ofMillis(500));
        assertThat(await(client.get(v1, List.of(SYS_DESCR))).get(0).value().text()).contains("SimSwitch");
    }

    @Test
    void missingObjectComesBackAsNoSuchValue() throws Exception {
        List<SnmpVarbind> vbs = await(client.get(v2c(0), List.of(SnmpOid.of("1.3.6.1.2.1.1.99.0"))));
        assertThat(vbs.get(0).value().isException()).isTrue();
    }

    @Test
    void bulkWalksTheWholeIfXTableOfA24PortSwitch() throws Exception {
        List<SnmpVarbind> vbs = await(client.walk(v2c(0), IFX_ENTRY));
        assertThat(vbs).allMatch(vb -> vb.oid().startsWith(IFX_ENTRY));
        assertThat(vbs.stream().filter(vb -> vb.oid().startsWith(IFX_ENTRY.append(6)))).hasSize(24);
        assertThat(vbs).isSortedAccordingTo((a, b) -> a.oid().compareTo(b.oid()));
    }

    @Test
    void getNextWalkGivesTheSameAsBulk() throws Exception {
        List<SnmpVarbind> bulk = await(client.walk(v2c(0), SnmpOid.of("1.3.6.1.2.1.2.2.1.2")));
        List<SnmpVarbind> next = await(client.walk(v2c(0).withBulk(false, 1), SnmpOid.of("1.3.6.1.2.1.2.2.1.2")));
        assertThat(next).isEqualTo(bulk).hasSize(24);
    }

    @Test
    void v1WalkSkipsCounter64AndEndsCleanly() throws Exception {
        SnmpTarget v1 = SnmpTarget.v1("127.0.0.1", sim.port(0), "public").withTimeout(Duration.ofMillis(500));
        List<SnmpVarbind> vbs = await(client.walk(v1, SnmpOid.of("1.3.6.1.2.1.2.2.1.8")));
        assertThat(vbs).hasSize(24);
    }

    @Test
    void tableJoinsColumnsByIndex() throws Exception {
        SnmpOid descr = SnmpOid.of("1.3.6.1.2.1.2.2.1.2");
        SnmpOid hcIn = IFX_ENTRY.append(6);
        SnmpTable table = await(client.table(v2c(0).withBulk(true, 5), List.of(descr, hcIn)));
        assertThat(table.rows()).hasSize(24);
        SnmpTable.Row row7 = table.rows().get(SnmpOid.of("7"));
        assertThat(row7.get(descr).orElseThrow().text()).isEqualTo("GigabitEthernet0/7");
        assertThat(row7.get(hcIn).orElseThrow()).isInstanceOf(SnmpValue.Counter64.class);
    }

    @Test
    void v3WithSha1AndAes() throws Exception {
        SnmpTarget t = SnmpTarget.v3("127.0.0.1", sim.port(0), "ops-sha1", AuthProtocol.SHA1, "sha1-auth-pass",
                PrivProtocol.AES128, "sha1-priv-pass").withTimeout(Duration.ofMillis(800));
        assertThat(await(client.get(t, List.of(SYS_DESCR))).get(0).value().text()).contains("SimSwitch");
        assertThat(await(client.walk(t, IFX_ENTRY.append(1)))).hasSize(24);
    }

    @Test
    void v3WithSha256AndAes() throws Exception {
        SnmpTarget t = SnmpTarget.v3("127.0.0.1", sim.port(1), "ops-sha256", AuthProtocol.SHA256,
                "sha256-auth-pass", PrivProtocol.AES128, "sha256-priv-pass").withTimeout(Duration.ofMillis(800));
        assertThat(await(client.get(t, List.of(SYS_DESCR))).get(0).value().text()).contains("LaserJet");
    }

    @Test
    void wrongV3AuthPasswordIsAnAuthenticationError() {
        SnmpTarget t = SnmpTarget.v3("127.0.0.1", sim.port(0), "ops-sha256", AuthProtocol.SHA256,
                "not-the-password", PrivProtocol.AES128, "sha256-priv-pass").withTimeout(Duration.ofMillis(800));
        Throwable e = failure(client.get(t, List.of(SYS_DESCR)));
        assertThat(e).isInstanceOf(SnmpAuthenticationException.class).hasMessageContaining("ops-sha256");
        assertThat(((SnmpAuthenticationException) e).reason()).isEqualTo("wrongDigest");
    }

    @Test
    void unknownV3UserIsAnAuthenticationError() {
        SnmpTarget t = SnmpTarget.v3("127.0.0.1", sim.port(0), "nobody", AuthProtocol.SHA256,
                "whatever-pass", PrivProtocol.NONE, null).withTimeout(Duration.ofMillis(800));
        assertThat(failure(client.get(t, List.of(SYS_DESCR)))).isInstanceOf(SnmpAuthenticationException.class)
                .hasMessageContaining("unknown");
    }

    @Test
    void wrongCommunityTimesOutWithAHint() {
        SnmpTarget t = SnmpTarget.v2c("127.0.0.1", sim.port(0), "private").withTimeout(Duration.ofMillis(200))
                .withRetries(0);
        assertThat(failure(client.get(t, List.of(SYS_DESCR)))).isInstanceOf(SnmpTimeoutException.class)
                .hasMessageContaining("wrong community");
    }

    @Test
    void unreachablePortTimesOut() throws Exception {
        int closedPort;
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        SnmpTarget t = SnmpTarget.v2c("127.0.0.1", closedPort, "public").withTimeout(Duration.ofMillis(200))
                .withRetries(1);
        assertThat(failure(client.walk(t, IFX_ENTRY))).isInstanceOf(SnmpTimeoutException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void outOfOrderOidsStopTheWalkUnlessTolerated() throws Exception {
        PrinterDevice printer = sim.device(1, PrinterDevice.class);
        SnmpOid descr = SnmpOid.of(PrinterDevice.SUPPLIES_ENTRY + ".6");
        printer.setBrokenOidOrder(true);
        try {
            assertThat(failure(client.walk(v2c(1), descr))).isInstanceOf(SnmpWalkException.class)
                    .hasMessageContaining("not increasing");
            List<SnmpVarbind> tolerated = await(client.walk(v2c(1).withAllowNonIncreasingOids(true), descr));
            assertThat(tolerated).hasSize(5);
            assertThat(tolerated.get(1).oid()).isEqualTo(descr.append(1, 3));
            List<SnmpVarbind> viaNext = await(client.walk(v2c(1).withAllowNonIncreasingOids(true)
                    .withBulk(false, 1), descr));
            assertThat(viaNext).hasSize(5);
        } finally {
            printer.setBrokenOidOrder(false);
        }
    }

    @Test
    void targetToStringHidesSecrets() {
        SnmpTarget t = SnmpTarget.v3("10.0.0.9", 161, "ops", AuthProtocol.SHA256, "secret-auth-1",
                PrivProtocol.AES128, "secret-priv-1");
        assertThat(t.toString()).doesNotContain("secret").contains("ops");
        assertThat(SnmpTarget.v2c("10.0.0.9", 161, "hushhush").toString()).doesNotContain("hushhush");
    }
}
