package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import java.util.ArrayList;
import java.util.List;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** Conversions between SNMP4J's SMI classes and our value records. */
final class Values {

    private Values() {
    }

    static OID toOid(SnmpOid oid) {
        return new OID(oid.arcs());
    }

    static SnmpOid fromOid(OID oid) {
        return SnmpOid.ofArcs(oid.getValue());
    }

    static SnmpVarbind fromBinding(VariableBinding vb) {
        return new SnmpVarbind(fromOid(vb.getOid()), fromVariable(vb.getVariable()));
    }

    static List<SnmpVarbind> fromBindings(List<? extends VariableBinding> vbs) {
        List<SnmpVarbind> out = new ArrayList<>(vbs.size());
        for (VariableBinding vb : vbs) {
            out.add(fromBinding(vb));
        }
        return out;
    }

    static SnmpValue fromVariable(Variable v) {
        if (v == null) {
            return new SnmpValue.Null();
        }
        return switch (v.getSyntax()) {
            case SMIConstants.SYNTAX_INTEGER -> new SnmpValue.Integer32(v.toInt());
            case SMIConstants.SYNTAX_COUNTER32 -> new SnmpValue.Counter32(v.toLong());
            case SMIConstants.SYNTAX_GAUGE32 -> new SnmpValue.Gauge32(v.toLong());
            case SMIConstants.SYNTAX_TIMETICKS -> new SnmpValue.TimeTicks(v.toLong());
            case SMIConstants.SYNTAX_COUNTER64 -> new SnmpValue.Counter64(((Counter64) v).getValue());
            case SMIConstants.SYNTAX_OCTET_STRING -> new SnmpValue.OctetString(((OctetString) v).getValue());
            case SMIConstants.SYNTAX_IPADDRESS -> new SnmpValue.IpAddress(
                    ((IpAddress) v).getInetAddress().getHostAddress());
            case SMIConstants.SYNTAX_OBJECT_IDENTIFIER -> new SnmpValue.ObjectId(fromOid((OID) v));
            case SMIConstants.SYNTAX_NULL -> new SnmpValue.Null();
            case SMIConstants.EXCEPTION_NO_SUCH_OBJECT -> new SnmpValue.NoSuchObject();
            case SMIConstants.EXCEPTION_NO_SUCH_INSTANCE -> new SnmpValue.NoSuchInstance();
            case SMIConstants.EXCEPTION_END_OF_MIB_VIEW -> new SnmpValue.EndOfMibView();
            default -> new SnmpValue.Other(v.getSyntaxString(), v.toString());
        };
    }
}
