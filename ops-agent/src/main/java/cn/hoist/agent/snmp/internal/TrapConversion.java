package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpVarbind;
import cn.hoist.agent.snmp.SnmpVersion;
import cn.hoist.agent.snmp.Trap;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** SNMP4J notification events to {@link Trap}s; v1 traps are mapped to SNMPv2 trap OIDs as RFC 3584 §3.1 says. */
final class TrapConversion {

    private static final OID SNMP_TRAPS = new OID("1.3.6.1.6.3.1.1.5");

    private TrapConversion() {
    }

    static Trap toTrap(CommandResponderEvent<?> event) {
        PDU pdu = event.getPDU();
        SnmpVersion version = event.getMessageProcessingModel() == MPv1.ID ? SnmpVersion.V1
                : event.getMessageProcessingModel() == MPv2c.ID ? SnmpVersion.V2C : SnmpVersion.V3;
        String source = event.getPeerAddress() instanceof IpAddress ip ? ip.toString()
                : event.getPeerAddress() instanceof org.snmp4j.smi.TransportIpAddress t
                ? new InetSocketAddress(t.getInetAddress(), t.getPort()).getAddress().getHostAddress() + ":"
                + t.getPort() : String.valueOf(event.getPeerAddress());
        String securityName = new OctetString(event.getSecurityName()).toString();
        List<SnmpVarbind> varbinds = new ArrayList<>();
        OID trapOid = null;
        if (pdu instanceof PDUv1 v1 && pdu.getType() == PDU.V1TRAP) {
            trapOid = v1TrapOid(v1);
            for (VariableBinding vb : pdu.getVariableBindings()) {
                varbinds.add(Values.fromBinding(vb));
            }
        } else {
            for (VariableBinding vb : pdu.getVariableBindings()) {
                if (SnmpConstants.snmpTrapOID.equals(vb.getOid()) && vb.getVariable() instanceof OID oid) {
                    trapOid = oid;
                } else if (!SnmpConstants.sysUpTime.equals(vb.getOid())) {
                    varbinds.add(Values.fromBinding(vb));
                }
            }
        }
        SnmpOid oid = trapOid == null ? SnmpOid.of("0.0") : Values.fromOid(trapOid);
        return new Trap(source, version, oid, varbinds, Instant.now(), securityName);
    }

    static OID v1TrapOid(PDUv1 v1) {
        int generic = v1.getGenericTrap();
        if (generic >= PDUv1.COLDSTART && generic < PDUv1.ENTERPRISE_SPECIFIC) {
            OID oid = new OID(SNMP_TRAPS);
            oid.append(generic + 1);
            return oid;
        }
        OID oid = new OID(v1.getEnterprise());
        oid.append(0);
        oid.append(v1.getSpecificTrap());
        return oid;
    }
}
