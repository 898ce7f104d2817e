package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpAuthenticationException;
import cn.hoist.agent.snmp.SnmpErrorStatusException;
import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.SnmpTarget;
import java.util.concurrent.CompletionException;
import org.snmp4j.PDU;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;

/** Turns REPORT PDUs and error statuses into our exceptions with messages an engineer can act on. */
final class Responses {

    private Responses() {
    }

    /** Returns the response unless it is a REPORT, which becomes an exception. */
    static PDU checkReport(SnmpTarget t, PDU response) {
        if (response.getType() != PDU.REPORT) {
            return response;
        }
        OID oid = response.size() > 0 ? response.get(0).getOid() : new OID();
        throw new CompletionException(fromReport(t, oid));
    }

    static SnmpException fromReport(SnmpTarget t, OID oid) {
        String who = "SNMPv3 user '" + t.user() + "' at " + t.address();
        if (SnmpConstants.usmStatsUnknownUserNames.equals(oid)) {
            return new SnmpAuthenticationException("unknown " + who, "unknownUserName");
        }
        if (SnmpConstants.usmStatsWrongDigests.equals(oid)) {
            return new SnmpAuthenticationException("authentication failed for " + who
                    + ": wrong authentication pass phrase or protocol (" + t.authProtocol() + ")", "wrongDigest");
        }
        if (SnmpConstants.usmStatsDecryptionErrors.equals(oid)) {
            return new SnmpAuthenticationException("decryption failed for " + who
                    + ": wrong privacy pass phrase or protocol (" + t.privProtocol() + ")", "decryptionError");
        }
        if (SnmpConstants.usmStatsUnsupportedSecLevels.equals(oid)) {
            return new SnmpAuthenticationException("security level not supported for " + who
                    + ": the device has the user with other auth/priv settings", "unsupportedSecurityLevel");
        }
        if (SnmpConstants.usmStatsNotInTimeWindows.equals(oid)) {
            return new SnmpAuthenticationException("not in time window for " + who
                    + " (engine boots/time out of sync even after re-synchronisation)", "notInTimeWindow");
        }
        if (SnmpConstants.usmStatsUnknownEngineIDs.equals(oid)) {
            return new SnmpAuthenticationException("unknown engine ID for " + who, "unknownEngineID");
        }
        if (SnmpConstants.snmpUnknownContexts.equals(oid)) {
            return new SnmpException("unknown SNMPv3 context '" + t.contextName() + "' at " + t.address());
        }
        return new SnmpException("agent " + t.address() + " sent report " + oid);
    }

    /** Throws for a non-zero error status. */
    static void checkErrorStatus(SnmpTarget t, PDU response) {
        int status = response.getErrorStatus();
        if (status == PDU.noError) {
            return;
        }
        int index = response.getErrorIndex();
        String at = index > 0 && index <= response.size() ? " at " + response.get(index - 1).getOid() : "";
        throw new CompletionException(new SnmpErrorStatusException("agent " + t.address() + " answered "
                + PDU.toErrorStatusText(status) + " (" + status + ")" + at, status, index));
    }
}
