package cn.hoist.snmpsim;

import java.util.function.Function;
import org.snmp4j.PDU;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * Serves a device's whole {@link MibData} as one snmp4j-agent managed object (like snmp4j-agent's StaticMOGroup, but
 * with live values and the optional broken GETNEXT order).
 */
final class MibManagedObject implements GenericManagedObject {

    private static final OID ROOT = new OID("1");

    private final MibData mib;
    private final MOScope scope = new DefaultMOScope(ROOT, true, ROOT.nextPeer(), false);

    MibManagedObject(MibData mib) {
        this.mib = mib;
    }

    @Override
    public MOScope getScope() {
        return scope;
    }

    @Override
    public OID find(MOScope range) {
        OID lower = range.getLowerBound();
        OID first = range.isLowerIncluded() && mib.get(lower) != null ? lower : mib.view().higherKey(lower);
        return first != null && range.covers(first) ? first : null;
    }

    @Override
    public void get(SubRequest<?> request) {
        OID oid = request.getVariableBinding().getOid();
        Variable v = mib.get(oid);
        if (v == null) {
            v = mib.hasParentOf(oid) ? Null.noSuchInstance : Null.noSuchObject;
        }
        request.getVariableBinding().setVariable(v);
        request.completed();
    }

    @Override
    public boolean next(SubRequest<?> request) {
        return next(request, null);
    }

    @Override
    public boolean next(SubRequest<?> request, Function<OID, Boolean> filter) {
        MOScope s = request.getScope();
        OID lower = s.getLowerBound();
        OID candidate = s.isLowerIncluded() && mib.get(lower) != null ? lower : mib.next(lower);
        while (candidate != null && filter != null && !filter.apply(candidate)) {
            candidate = mib.next(candidate);
        }
        if (candidate == null || !candidate.startsWith(ROOT)) {
            return false;
        }
        Variable v = mib.get(candidate);
        request.getVariableBinding().setOid(candidate);
        request.getVariableBinding().setVariable(v == null ? Null.noSuchInstance : v);
        request.completed();
        return true;
    }

    @Override
    public void prepare(SubRequest<?> request) {
        request.setErrorStatus(PDU.notWritable);
    }

    @Override
    public void commit(SubRequest<?> request) {
        request.setErrorStatus(PDU.commitFailed);
    }

    @Override
    public void undo(SubRequest<?> request) {
        request.setErrorStatus(PDU.undoFailed);
    }

    @Override
    public void cleanup(SubRequest<?> request) {
        // read-only: nothing to release
    }
}
