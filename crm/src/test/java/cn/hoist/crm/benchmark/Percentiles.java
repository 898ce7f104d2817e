package cn.hoist.crm.benchmark;

import java.util.Arrays;
import java.util.List;

/** Latency percentiles of one measured run, and the throughput it reached. */
record Percentiles(double p50, double p99, double perSecond) {

    static Percentiles of(List<long[]> latencies, long elapsedNanos) {
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Percentiles(millis(all[(int) (all.length * 0.50)]), millis(all[(int) (all.length * 0.99)]),
                all.length / (elapsedNanos / 1e9));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    String row(String kind, String path, Percentiles baseline) {
        return String.format("| %s | %s | %.2f | %.2f | %.0f | %.2f | %.2f |", kind, path, p50, p99, perSecond,
                p50 / baseline.p50, p99 / baseline.p99);
    }
}
