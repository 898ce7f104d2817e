package cn.hoist.crm.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles of one measured run, the throughput it reached, the GC pauses that began during it, how
 * many of its slowest requests (at or above the p99) overlapped one of them, and the JIT compiler's work during it.
 */
record Percentiles(double p50, double p99, double perSecond, long gcPauses, long gcMillis, int slowest,
        int slowestInGc, long jitMillis) {

    /** Each client's requests as {@code {start, latency}} pairs of {@link System#nanoTime()} values. */
    static Percentiles of(List<long[][]> requests, long startedNanos, long endedNanos, GcPauses gc, long jitMillis) {
        long[] all = requests.stream().flatMap(Arrays::stream).mapToLong(r -> r[1]).sorted().toArray();
        long p99 = all[(int) (all.length * 0.99)];
        int slowest = 0;
        int slowestInGc = 0;
        for (long[][] client : requests) {
            for (long[] request : client) {
                if (request[1] >= p99) {
                    slowest++;
                    slowestInGc += gc.overlaps(request[0], request[1]) ? 1 : 0;
                }
            }
        }
        long[] pauses = gc.between(startedNanos, endedNanos);
        return new Percentiles(millis(all[(int) (all.length * 0.50)]), millis(p99),
                all.length / ((endedNanos - startedNanos) / 1e9), pauses[0], pauses[1], slowest, slowestInGc, jitMillis);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    String row(String kind, String path, Percentiles baseline) {
        return String.format("| %s | %s | %.2f | %.2f | %.0f | %.2f | %.2f | %d, %d ms | %d of %d | %d ms |", kind, path,
                p50, p99, perSecond, p50 / baseline.p50, p99 / baseline.p99, gcPauses, gcMillis, slowestInGc, slowest,
                jitMillis);
    }
}
