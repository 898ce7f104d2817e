package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import cn.hoist.agent.snmp.SnmpWalkException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.snmp4j.PDU;

/**
 * Walks one or more subtrees side by side (a table's columns), with GETBULK or GETNEXT. Each request asks for the
 * next values of all unfinished columns. Guards against broken agents: OIDs must increase per column unless the
 * target tolerates it, an OID seen twice is a loop, and a walk stops at a varbind limit.
 */
final class Walk {

    private final Exchange exchange;
    private final SnmpTarget target;
    private final List<Column> columns = new ArrayList<>();
    private final int maxVarbinds;
    private final CompletableFuture<List<List<SnmpVarbind>>> result = new CompletableFuture<>();
    private int collected;

    private static final class Column {
        final SnmpOid root;
        SnmpOid last;
        boolean done;
        final List<SnmpVarbind> values = new ArrayList<>();
        final Set<SnmpOid> seen = new HashSet<>();

        Column(SnmpOid root) {
            this.root = root;
            this.last = root;
        }
    }

    Walk(Exchange exchange, SnmpTarget target, List<SnmpOid> roots, int maxVarbinds) {
        this.exchange = exchange;
        this.target = target;
        this.maxVarbinds = maxVarbinds;
        roots.forEach(r -> columns.add(new Column(r)));
    }

    /** Per root, the varbinds under it in the order received. */
    CompletableFuture<List<List<SnmpVarbind>>> run() {
        step();
        return result;
    }

    private void step() {
        List<Column> active = columns.stream().filter(c -> !c.done).toList();
        if (active.isEmpty()) {
            result.complete(columns.stream().map(c -> List.copyOf(c.values)).toList());
            return;
        }
        List<SnmpOid> from = active.stream().map(c -> c.last).toList();
        Pdus what = target.usesBulk() ? Pdus.bulk(from, target.maxRepetitions()) : Pdus.next(from);
        exchange.send(target, what).whenComplete((pdu, ex) -> {
            if (ex != null) {
                result.completeExceptionally(Exchange.unwrap(ex));
                return;
            }
            try {
                if (absorb(active, pdu)) {
                    step();
                }
            } catch (CompletionException e) {
                result.completeExceptionally(e.getCause());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    /** Takes in one response; false when the walk has already completed (with an error). */
    private boolean absorb(List<Column> active, PDU pdu) {
        if (pdu.getErrorStatus() == PDU.noSuchName && !target.usesBulk()) {
            // SNMPv1 signals the end of the MIB with noSuchName on the varbind that ran off the end.
            int index = pdu.getErrorIndex();
            if (index >= 1 && index <= active.size()) {
                active.get(index - 1).done = true;
                return true;
            }
        }
        Responses.checkErrorStatus(target, pdu);
        List<SnmpVarbind> vbs = Values.fromBindings(pdu.getVariableBindings());
        if (vbs.isEmpty()) {
            throw new CompletionException(new SnmpWalkException("agent " + target.address()
                    + " returned an empty response while walking " + active.get(0).root));
        }
        Set<Column> finishedNow = new HashSet<>();
        for (int i = 0; i < vbs.size(); i++) {
            Column c = active.get(i % active.size());
            if (c.done || finishedNow.contains(c)) {
                continue;
            }
            SnmpVarbind vb = vbs.get(i);
            if (vb.value() instanceof SnmpValue.EndOfMibView || !vb.oid().startsWith(c.root)) {
                finishedNow.add(c);
                continue;
            }
            if (!accept(c, vb)) {
                return false;
            }
        }
        finishedNow.forEach(c -> c.done = true);
        return true;
    }

    private boolean accept(Column c, SnmpVarbind vb) {
        boolean tolerant = target.allowNonIncreasingOids();
        if (!tolerant && vb.oid().compareTo(c.last) <= 0) {
            result.completeExceptionally(new SnmpWalkException("agent " + target.address()
                    + " returned OID " + vb.oid() + " after " + c.last + " (not increasing) while walking "
                    + c.root + "; if this device's firmware is known to do so, allow non-increasing OIDs for it"));
            return false;
        }
        // Only tolerant walks can revisit an OID, so only they pay for remembering every OID.
        if (tolerant && !c.seen.add(vb.oid())) {
            result.completeExceptionally(new SnmpWalkException("agent " + target.address() + " returned OID "
                    + vb.oid() + " a second time while walking " + c.root + " (loop); walk stopped"));
            return false;
        }
        if (++collected > maxVarbinds) {
            result.completeExceptionally(new SnmpWalkException("walk of " + c.root + " at " + target.address()
                    + " stopped after " + maxVarbinds + " varbinds (limit)"));
            return false;
        }
        c.values.add(vb);
        c.last = vb.oid();
        return true;
    }
}
