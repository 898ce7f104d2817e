package cn.hoist.snmpsim;

/**
 * A counter that grows at a fixed rate on the simulator clock, with 64-bit wrap-around (Counter32 views take the low
 * 32 bits, as an agent's 32-bit ifInOctets does). Setting it near 2^64 or 2^32 lets tests cross the wrap.
 */
public final class SimCounter {

    private final SimClock clock;
    private volatile long base;
    private volatile long since;
    private volatile double perSecond;

    public SimCounter(SimClock clock, long start, double perSecond) {
        this.clock = clock;
        this.base = start;
        this.since = clock.millis();
        this.perSecond = perSecond;
    }

    /** Raw 64 bits; overflowing long arithmetic is exactly arithmetic modulo 2^64. */
    public long value64() {
        long elapsed = clock.millis() - since;
        return base + (long) (perSecond * elapsed / 1000.0);
    }

    public long value32() {
        return value64() & 0xFFFF_FFFFL;
    }

    public synchronized void set(long raw) {
        base = raw;
        since = clock.millis();
    }

    public synchronized void setRate(double newPerSecond) {
        base = value64();
        since = clock.millis();
        perSecond = newPerSecond;
    }

    public double rate() {
        return perSecond;
    }
}
