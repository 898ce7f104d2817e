package cn.hoist.snmpsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.fluent.SnmpBuilder;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/** Sends SNMP notifications (v1 traps, v2c traps, v3 traps) and, for robustness tests, raw garbage. */
public final class TrapSender implements AutoCloseable {

    public static final OID LINK_DOWN = new OID("1.3.6.1.6.3.1.1.5.3");
    public static final OID LINK_UP = new OID("1.3.6.1.6.3.1.1.5.4");
    public static final OID UPS_ON_BATTERY = new OID("1.3.6.1.2.1.33.2.0.1");

    private final Snmp snmp;
    private final byte[] engineId;

    TrapSender(byte[] engineId, List<V3User> users) {
        this.engineId = engineId.clone();
        try {
            snmp = new SnmpBuilder().securityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility)
                    .udp().v1().v2c().v3(engineId).usm().threads(1).build();
            users.forEach(u -> snmp.getUSM().addUser(u.toUsmUser()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sender's engine ID: a v3 trap receiver localizes its users' keys to it. */
    public byte[] engineId() {
        return engineId.clone();
    }

    public void sendV2c(InetSocketAddress to, String community, OID trapOid, long uptimeTicks,
                        VariableBinding... varbinds) {
        PDU pdu = new PDU();
        fill(pdu, trapOid, uptimeTicks, varbinds);
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(udp(to), new OctetString(community));
        target.setVersion(SnmpConstants.version2c);
        send(pdu, target);
    }

    /** An SNMPv1 Trap-PDU; generic 2 = linkDown, 3 = linkUp, 6 = enterpriseSpecific. */
    public void sendV1(InetSocketAddress to, String community, OID enterprise, int generic, int specific,
                       long uptimeTicks, VariableBinding... varbinds) {
        PDUv1 pdu = new PDUv1();
        pdu.setType(PDU.V1TRAP);
        pdu.setEnterprise(enterprise);
        pdu.setGenericTrap(generic);
        pdu.setSpecificTrap(specific);
        pdu.setTimestamp(uptimeTicks);
        pdu.setAgentAddress(new IpAddress("127.0.0.1"));
        for (VariableBinding vb : varbinds) {
            pdu.add(vb);
        }
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(udp(to), new OctetString(community));
        target.setVersion(SnmpConstants.version1);
        send(pdu, target);
    }

    /** An SNMPv3 trap as user {@code user} (who must be one of the simulator's v3 users). */
    public void sendV3(InetSocketAddress to, V3User user, OID trapOid, long uptimeTicks, VariableBinding... varbinds) {
        ScopedPDU pdu = new ScopedPDU();
        fill(pdu, trapOid, uptimeTicks, varbinds);
        UserTarget<UdpAddress> target = new UserTarget<>(udp(to), new OctetString(user.name()), engineId,
                user.securityLevel());
        send(pdu, target);
    }

    /** linkDown for interface {@code ifIndex} (v2c). */
    public void linkDown(InetSocketAddress to, String community, int ifIndex) {
        sendV2c(to, community, LINK_DOWN, 4242, ifVarbinds(ifIndex, 2));
    }

    public static VariableBinding[] ifVarbinds(int ifIndex, int operStatus) {
        return new VariableBinding[] {
            new VariableBinding(new OID("1.3.6.1.2.1.2.2.1.1." + ifIndex), new Integer32(ifIndex)),
            new VariableBinding(new OID("1.3.6.1.2.1.2.2.1.7." + ifIndex), new Integer32(1)),
            new VariableBinding(new OID("1.3.6.1.2.1.2.2.1.8." + ifIndex), new Integer32(operStatus))
        };
    }

    /** Sends bytes that are not SNMP at all. */
    public void sendGarbage(InetSocketAddress to, byte[] bytes) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.send(new DatagramPacket(bytes, bytes.length, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(PDU pdu, OID trapOid, long uptimeTicks, VariableBinding... varbinds) {
        pdu.setType(PDU.TRAP);
        pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(uptimeTicks)));
        pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, trapOid));
        for (VariableBinding vb : varbinds) {
            pdu.add(vb);
        }
    }

    private void send(PDU pdu, org.snmp4j.Target<UdpAddress> target) {
        try {
            snmp.send(pdu, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UdpAddress udp(InetSocketAddress to) {
        return new UdpAddress(to.getAddress(), to.getPort());
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // nothing useful left to do
        }
    }
}
