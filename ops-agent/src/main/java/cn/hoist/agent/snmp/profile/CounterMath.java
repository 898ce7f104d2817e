package cn.hoist.agent.snmp.profile;

/** Deltas of SNMP counters, which wrap to zero: computed modulo 2^64 or 2^32 with unsigned arithmetic. */
final class CounterMath {

    private static final double TWO_TO_64 = 18446744073709551616.0;

    private CounterMath() {
    }

    /** Increase from {@code previous} to {@code current} of a counter {@code bits} wide, as a non-negative double. */
    static double delta(long previous, long current, int bits) {
        if (bits == 32) {
            return (current - previous) & 0xFFFF_FFFFL;
        }
        long d = current - previous;
        return d >= 0 ? d : d + TWO_TO_64;
    }
}
