package cn.hoist.agent.snmp;

import java.util.Arrays;

/**
 * An object identifier in numeric dotted form ("1.3.6.1.2.1.1.3.0"). Sub-identifiers are unsigned 32-bit
 * values and compare lexicographically, as agents order them.
 */
public final class SnmpOid implements Comparable<SnmpOid> {

    private final int[] arcs;
    /** Cached: OIDs are map keys in every table read (0 = not computed yet). */
    private int hash;

    private SnmpOid(int[] arcs) {
        this.arcs = arcs;
    }

    /** Parses "1.3.6.1..." (a leading dot is accepted); throws IllegalArgumentException on anything else. */
    public static SnmpOid of(String dotted) {
        String s = dotted.strip();
        if (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty OID");
        }
        String[] parts = s.split("\\.", -1);
        int[] arcs = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                long v = Long.parseLong(parts[i]);
                if (v < 0 || v > 0xFFFF_FFFFL) {
                    throw new NumberFormatException();
                }
                arcs[i] = (int) v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a numeric OID: " + dotted);
            }
        }
        return new SnmpOid(arcs);
    }

    /** From unsigned sub-identifiers stored as int. */
    public static SnmpOid ofArcs(int... arcs) {
        return new SnmpOid(arcs.clone());
    }

    public int[] arcs() {
        return arcs.clone();
    }

    public int size() {
        return arcs.length;
    }

    /** Unsigned value of sub-identifier {@code i}. */
    public long arc(int i) {
        return Integer.toUnsignedLong(arcs[i]);
    }

    /** Last sub-identifier, unsigned. */
    public long last() {
        return arc(arcs.length - 1);
    }

    public SnmpOid append(long... more) {
        int[] a = Arrays.copyOf(arcs, arcs.length + more.length);
        for (int i = 0; i < more.length; i++) {
            a[arcs.length + i] = (int) more[i];
        }
        return new SnmpOid(a);
    }

    public SnmpOid append(SnmpOid suffix) {
        int[] a = Arrays.copyOf(arcs, arcs.length + suffix.arcs.length);
        System.arraycopy(suffix.arcs, 0, a, arcs.length, suffix.arcs.length);
        return new SnmpOid(a);
    }

    /** True if this OID lies in the subtree rooted at {@code root} (or equals it). */
    public boolean startsWith(SnmpOid root) {
        if (root.arcs.length > arcs.length) {
            return false;
        }
        return Arrays.equals(arcs, 0, root.arcs.length, root.arcs, 0, root.arcs.length);
    }

    /** The part after {@code prefix} (a table index after its column OID). */
    public SnmpOid suffixAfter(SnmpOid prefix) {
        if (!startsWith(prefix) || prefix.arcs.length == arcs.length) {
            throw new IllegalArgumentException(this + " has no suffix after " + prefix);
        }
        return new SnmpOid(Arrays.copyOfRange(arcs, prefix.arcs.length, arcs.length));
    }

    @Override
    public int compareTo(SnmpOid o) {
        int n = Math.min(arcs.length, o.arcs.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compareUnsigned(arcs[i], o.arcs[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(arcs.length, o.arcs.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SnmpOid other && Arrays.equals(arcs, other.arcs);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(arcs);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(arcs.length * 3);
        for (int i = 0; i < arcs.length; i++) {
            if (i > 0) {
                s.append('.');
            }
            s.append(Integer.toUnsignedString(arcs[i]));
        }
        return s.toString();
    }
}
