package cn.hoist.snmpsim;

import org.snmp4j.PDU;
import org.snmp4j.mp.MPv1;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** GET, GETNEXT and GETBULK against one {@link MibData}, for the lightweight mode. */
final class Responder {

    /** Room for message header, security parameters and PDU header in a response. */
    private static final int OVERHEAD = 200;

    private Responder() {
    }

    static PDU respond(MibData mib, PDU request, int mpModel, int maxSize) {
        PDU response = (PDU) request.clone();
        response.clear();
        // clear() also zeroes the request ID, and a response the client cannot match is as good as none.
        response.setRequestID(request.getRequestID());
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        boolean v1 = mpModel == MPv1.ID;
        int size = OVERHEAD;
        switch (request.getType()) {
            case PDU.GET -> {
                for (int i = 0; i < request.size(); i++) {
                    OID oid = request.get(i).getOid();
                    Variable v = mib.get(oid);
                    if (v == null && v1) {
                        return error(request, PDU.noSuchName, i + 1);
                    }
                    response.add(new VariableBinding(oid, v != null ? v
                            : mib.hasParentOf(oid) ? Null.noSuchInstance : Null.noSuchObject));
                }
            }
            case PDU.GETNEXT -> {
                for (int i = 0; i < request.size(); i++) {
                    VariableBinding vb = next(mib, request.get(i).getOid(), v1);
                    if (vb == null && v1) {
                        return error(request, PDU.noSuchName, i + 1);
                    }
                    response.add(vb != null ? vb : new VariableBinding(request.get(i).getOid(), Null.endOfMibView));
                }
            }
            case PDU.GETBULK -> {
                int nonRepeaters = Math.min(Math.max(request.getNonRepeaters(), 0), request.size());
                for (int i = 0; i < nonRepeaters; i++) {
                    VariableBinding vb = next(mib, request.get(i).getOid(), false);
                    response.add(vb != null ? vb : new VariableBinding(request.get(i).getOid(), Null.endOfMibView));
                }
                int repeaters = request.size() - nonRepeaters;
                OID[] cursor = new OID[repeaters];
                for (int r = 0; r < repeaters; r++) {
                    cursor[r] = request.get(nonRepeaters + r).getOid();
                }
                int reps = Math.max(request.getMaxRepetitions(), 0);
                outer:
                for (int rep = 0; rep < reps && repeaters > 0; rep++) {
                    boolean allEnded = true;
                    for (int r = 0; r < repeaters; r++) {
                        VariableBinding vb = cursor[r] == null ? null : next(mib, cursor[r], false);
                        if (vb == null) {
                            vb = new VariableBinding(cursor[r] == null ? request.get(nonRepeaters + r).getOid()
                                    : cursor[r], Null.endOfMibView);
                            cursor[r] = null;
                        } else {
                            cursor[r] = vb.getOid();
                            allEnded = false;
                        }
                        // GETBULK answers are truncated to what fits, never tooBig (RFC 3416 §4.2.3).
                        size += vb.getBERLength();
                        if (size > maxSize) {
                            break outer;
                        }
                        response.add(vb);
                    }
                    if (allEnded) {
                        break;
                    }
                }
            }
            default -> {
                return error(request, PDU.genErr, 0);
            }
        }
        return response;
    }

    private static VariableBinding next(MibData mib, OID from, boolean v1) {
        OID oid = mib.next(from);
        while (oid != null) {
            Variable v = mib.get(oid);
            // SNMPv1 has no Counter64: skip such objects as RFC 3584 §4.2.2.1 says.
            if (v != null && !(v1 && v.getSyntax() == SMIConstants.SYNTAX_COUNTER64)) {
                return new VariableBinding(oid, v);
            }
            oid = mib.next(oid);
        }
        return null;
    }

    private static PDU error(PDU request, int status, int index) {
        PDU response = (PDU) request.clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(status);
        response.setErrorIndex(index);
        return response;
    }
}
