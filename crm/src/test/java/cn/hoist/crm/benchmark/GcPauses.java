package cn.hoist.crm.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The JVM's garbage-collection pauses while the benchmark runs, on the {@link System#nanoTime()} clock of the
 * latencies, so a run can tell how many of its slowest requests waited for one (GC notifications give the
 * pause's start and end to the millisecond).
 */
final class GcPauses {

    private final long uptimeOriginNanos;
    private final List<long[]> pauses = new ArrayList<>();

    GcPauses() {
        uptimeOriginNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    if (!info.getGcCause().equals("No GC")) {
                        record(info.getGcInfo().getStartTime(), info.getGcInfo().getEndTime());
                    }
                }
            }, null, null);
        }
    }

    private synchronized void record(long startUptimeMillis, long endUptimeMillis) {
        // Widened by a millisecond each side: the notification's times are whole milliseconds.
        pauses.add(new long[] {uptimeOriginNanos + (startUptimeMillis - 1) * 1_000_000,
                uptimeOriginNanos + (endUptimeMillis + 1) * 1_000_000});
    }

    /** The pauses that began between the two instants: their number and their total length in milliseconds. */
    synchronized long[] between(long fromNanos, long toNanos) {
        long count = 0;
        long nanos = 0;
        for (long[] pause : pauses) {
            if (pause[0] >= fromNanos && pause[0] < toNanos) {
                count++;
                nanos += pause[1] - pause[0] - 2_000_000;
            }
        }
        return new long[] {count, nanos / 1_000_000};
    }

    /** Whether a request that ran from {@code startNanos} for {@code latencyNanos} overlapped a pause. */
    synchronized boolean overlaps(long startNanos, long latencyNanos) {
        for (long[] pause : pauses) {
            if (pause[0] < startNanos + latencyNanos && pause[1] > startNanos) {
                return true;
            }
        }
        return false;
    }
}
