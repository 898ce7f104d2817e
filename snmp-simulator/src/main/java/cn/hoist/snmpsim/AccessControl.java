package cn.hoist.snmpsim;

import org.snmp4j.agent.mo.snmp.CoexistenceInfo;
import org.snmp4j.agent.mo.snmp.CoexistenceInfoProvider;
import org.snmp4j.agent.security.VACM;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Read-only access for the configured community and USM users, everything visible: the whole of VACM and the
 * SNMP-COMMUNITY-MIB is more than a simulator needs. Requests with another community are dropped without an answer,
 * as real agents do.
 */
final class AccessControl implements VACM, CoexistenceInfoProvider {

    private static final OctetString VIEW = new OctetString("all");

    private final Access access;
    private final OctetString engineId;

    AccessControl(Access access, byte[] engineId) {
        this.access = access;
        this.engineId = new OctetString(engineId);
    }

    @Override
    public CoexistenceInfo[] getCoexistenceInfo(OctetString community) {
        if (access.community().isEmpty() || !access.community().equals(community.toString())) {
            return new CoexistenceInfo[0];
        }
        return new CoexistenceInfo[] {new CoexistenceInfo(community, engineId, new OctetString())};
    }

    @Override
    public OctetString getCommunity(OctetString securityName, OctetString contextEngineID, OctetString contextName) {
        return access.community().equals(securityName.toString()) ? securityName : null;
    }

    @Override
    public boolean passesFilter(Address address, CoexistenceInfo coexistenceInfo) {
        return true;
    }

    @Override
    public int isAccessAllowed(OctetString context, OctetString securityName, int securityModel, int securityLevel,
                               int viewType, OID oid) {
        OctetString view = getViewName(context, securityName, securityModel, securityLevel, viewType);
        return view == null ? VACM_NO_ACCESS_ENTRY : VACM_OK;
    }

    @Override
    public int isAccessAllowed(OctetString viewName, OID oid) {
        return VIEW.equals(viewName) ? VACM_OK : VACM_NOT_IN_VIEW;
    }

    @Override
    public OctetString getViewName(OctetString context, OctetString securityName, int securityModel,
                                   int securityLevel, int viewType) {
        if (viewType != VIEW_READ) {
            return null;
        }
        if (securityModel == SecurityModel.SECURITY_MODEL_USM) {
            V3User user = access.user(securityName.toString());
            return user != null && securityLevel >= user.securityLevel() ? VIEW : null;
        }
        return access.community().equals(securityName.toString()) ? VIEW : null;
    }
}
