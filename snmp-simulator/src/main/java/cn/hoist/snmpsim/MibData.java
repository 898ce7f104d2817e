package cn.hoist.snmpsim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/**
 * The objects one device serves: OID to value supplier, kept sorted as GETNEXT needs. Suppliers let counters and
 * sysUpTime move with the clock. Optionally serves GETNEXT in a deliberately broken order, like some HP printer
 * firmware: given pairs of OIDs swap places in the walk order.
 */
public final class MibData {

    private final ConcurrentSkipListMap<OID, Supplier<Variable>> objects = new ConcurrentSkipListMap<>();
    private final List<OID[]> swaps = new ArrayList<>();
    private volatile Map<OID, OID> brokenNext;

    public void put(OID oid, Variable value) {
        objects.put(oid, () -> value);
        brokenNext = null;
    }

    public void put(OID oid, Supplier<Variable> value) {
        objects.put(oid, value);
        brokenNext = null;
    }

    public void remove(OID oid) {
        objects.remove(oid);
        brokenNext = null;
    }

    /** Removes every object under {@code root}. */
    public void removeSubtree(OID root) {
        objects.subMap(root, true, root.nextPeer(), false).clear();
        brokenNext = null;
    }

    /** The value at exactly {@code oid}, or null. */
    public Variable get(OID oid) {
        Supplier<Variable> s = objects.get(oid);
        return s == null ? null : s.get();
    }

    /** Whether anything lives under {@code prefix} (distinguishes noSuchObject from noSuchInstance). */
    public boolean hasSubtree(OID prefix) {
        OID ceiling = objects.ceilingKey(prefix);
        return ceiling != null && ceiling.startsWith(prefix);
    }

    /** Whether the object {@code oid} would belong to exists (noSuchInstance rather than noSuchObject). */
    public boolean hasParentOf(OID oid) {
        if (oid.size() < 2) {
            return false;
        }
        OID parent = new OID(oid.getValue(), 0, oid.size() - 1);
        return hasSubtree(parent);
    }

    /** The OID GETNEXT returns after {@code oid}, or null at the end of the MIB view. */
    public OID next(OID oid) {
        Map<OID, OID> broken = brokenNext;
        if (!swaps.isEmpty()) {
            if (broken == null) {
                broken = buildBrokenOrder();
                brokenNext = broken;
            }
            if (broken.containsKey(oid)) {
                return broken.get(oid);
            }
        }
        return objects.higherKey(oid);
    }

    /** Serves {@code a} and {@code b} in swapped order on GETNEXT/GETBULK. */
    public synchronized void swapOrder(OID a, OID b) {
        swaps.add(new OID[] {a, b});
        brokenNext = null;
    }

    public synchronized void clearSwaps() {
        swaps.clear();
        brokenNext = null;
    }

    public NavigableMap<OID, Supplier<Variable>> view() {
        return java.util.Collections.unmodifiableNavigableMap(objects);
    }

    public int size() {
        return objects.size();
    }

    private synchronized Map<OID, OID> buildBrokenOrder() {
        List<OID> order = new ArrayList<>(objects.keySet());
        for (OID[] swap : swaps) {
            int i = order.indexOf(swap[0]);
            int j = order.indexOf(swap[1]);
            if (i >= 0 && j >= 0) {
                order.set(i, swap[1]);
                order.set(j, swap[0]);
            }
        }
        Map<OID, OID> next = new HashMap<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            next.put(order.get(i), order.get(i + 1));
        }
        if (!order.isEmpty()) {
            next.put(order.get(order.size() - 1), null);
        }
        return next;
    }
}
