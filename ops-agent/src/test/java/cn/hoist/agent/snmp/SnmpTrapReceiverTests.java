package cn.hoist.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hoist.snmpsim.Access;
import cn.hoist.snmpsim.SnmpSimulator;
import cn.hoist.snmpsim.TrapSender;
import cn.hoist.snmpsim.V3User;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.OID;

class SnmpTrapReceiverTests {

    static final V3User USER = new V3User("trapper", "SHA256", "trap-auth-pass", "AES128", "trap-priv-pass");

    final BlockingQueue<Trap> traps = new LinkedBlockingQueue<>();
    SnmpSimulator sim;
    SnmpTrapReceiver receiver;
    InetSocketAddress to;

    @BeforeEach
    void start() {
        sim = SnmpSimulator.builder().access(Access.community("public").withUser(USER)).start();
        receiver = SnmpTrapReceivers.start(new TrapReceiverSettings("127.0.0.1", 0, Set.of("public"),
                List.of(new SnmpUser("trapper", AuthProtocol.SHA256, "trap-auth-pass", PrivProtocol.AES128,
                        "trap-priv-pass"))), traps::add);
        to = new InetSocketAddress("127.0.0.1", receiver.port());
    }

    @AfterEach
    void stop() {
        receiver.close();
        sim.close();
    }

    Trap next() throws InterruptedException {
        Trap t = traps.poll(10, TimeUnit.SECONDS);
        assertThat(t).as("trap arrived").isNotNull();
        return t;
    }

    @Test
    void v2cLinkDownArrives() throws Exception {
        sim.traps().linkDown(to, "public", 7);
        Trap t = next();
        assertThat(t.version()).isEqualTo(SnmpVersion.V2C);
        assertThat(t.wellKnownName()).contains("linkDown");
        assertThat(t.securityName()).isEqualTo("public");
        assertThat(t.varbinds()).extracting(vb -> vb.oid().toString()).contains("1.3.6.1.2.1.2.2.1.1.7");
        assertThat(t.toString()).doesNotContain("public");
    }

    @Test
    void v3UpsOnBatteryArrives() throws Exception {
        sim.traps().sendV3(to, USER, TrapSender.UPS_ON_BATTERY, 100);
        Trap t = next();
        assertThat(t.version()).isEqualTo(SnmpVersion.V3);
        assertThat(t.wellKnownName()).contains("upsOnBattery");
        assertThat(t.securityName()).isEqualTo("trapper");
    }

    @Test
    void v1GenericLinkUpIsMappedToTheV2Oid() throws Exception {
        sim.traps().sendV1(to, "public", new OID("1.3.6.1.4.1.99999"), 3, 0, 100, TrapSender.ifVarbinds(2, 1));
        Trap t = next();
        assertThat(t.version()).isEqualTo(SnmpVersion.V1);
        assertThat(t.trapOid()).isEqualTo(Trap.LINK_UP);
    }

    @Test
    void garbageAndWrongCommunityAreCountedAndTheReceiverKeepsWorking() throws Exception {
        sim.traps().sendGarbage(to, new byte[] {0x30, 0x03, 0x02, 0x01});
        sim.traps().sendGarbage(to, "hello, not snmp".getBytes());
        sim.traps().linkDown(to, "wrong-community", 1);
        V3User impostor = new V3User("trapper", "SHA256", "guessed-password", "AES128", "trap-priv-pass");
        try (SnmpSimulator other = SnmpSimulator.builder().access(Access.community("x").withUser(impostor)).start()) {
            other.traps().sendV3(to, impostor, TrapSender.LINK_DOWN, 1);
        }
        sim.traps().linkDown(to, "public", 3);
        Trap t = next();
        assertThat(t.varbinds()).extracting(vb -> vb.oid().toString()).contains("1.3.6.1.2.1.2.2.1.1.3");
        assertThat(traps.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(receiver.rejected()).isEqualTo(4);
        assertThat(receiver.received()).isEqualTo(1);
    }
}
