package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpVersion;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.ScopedPDU;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * What to send, kept apart from the SNMP4J PDU because a PDU is mutated when sent (request id) and must be built
 * afresh for a retry.
 */
record Pdus(int type, List<SnmpOid> oids, int maxRepetitions) {

    static Pdus get(List<SnmpOid> oids) {
        return new Pdus(PDU.GET, oids, 0);
    }

    static Pdus next(List<SnmpOid> oids) {
        return new Pdus(PDU.GETNEXT, oids, 0);
    }

    static Pdus bulk(List<SnmpOid> oids, int maxRepetitions) {
        return new Pdus(PDU.GETBULK, oids, maxRepetitions);
    }

    PDU build(SnmpTarget target) {
        PDU pdu;
        if (target.version() == SnmpVersion.V1) {
            pdu = new PDUv1();
        } else if (target.version() == SnmpVersion.V3) {
            ScopedPDU scoped = new ScopedPDU();
            if (!target.contextName().isEmpty()) {
                scoped.setContextName(new OctetString(target.contextName()));
            }
            pdu = scoped;
        } else {
            pdu = new PDU();
        }
        pdu.setType(type);
        for (SnmpOid oid : oids) {
            pdu.add(new VariableBinding(Values.toOid(oid)));
        }
        if (type == PDU.GETBULK) {
            pdu.setNonRepeaters(0);
            pdu.setMaxRepetitions(maxRepetitions);
        }
        return pdu;
    }
}
