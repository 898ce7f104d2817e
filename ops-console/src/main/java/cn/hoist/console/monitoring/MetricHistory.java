package cn.hoist.console.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Recent values of one metric of one check of a device: one series per label set.
 *
 * @param sampled true when there were more results than points, and every n-th was taken
 */
public record MetricHistory(long deviceId, String check, String metric, String unit, OffsetDateTime from,
        OffsetDateTime to, boolean sampled, List<Series> series) {

    /** The values of one label set, oldest first. */
    public record Series(Map<String, String> labels, List<Point> points) {
    }

    /** A value at a time. */
    public record Point(OffsetDateTime time, double value) {
    }
}
