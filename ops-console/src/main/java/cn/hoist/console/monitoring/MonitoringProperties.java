package cn.hoist.console.monitoring;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Device monitoring settings (prefix {@code hoist.console.monitoring}).
 *
 * @param historyRetention how long check results are kept for the device charts (the long history is
 *        Prometheus' job)
 * @param eventRetention how long agents' events are kept
 * @param pruneInterval how often expired history and events are deleted
 * @param pruneBatchSize rows deleted per statement, so pruning never holds long locks
 * @param chartPoints at most this many points per series on a device chart (older results are sampled)
 * @param prometheus the latest device metrics on {@code /actuator/prometheus}
 */
@ConfigurationProperties("hoist.console.monitoring")
public record MonitoringProperties(Duration historyRetention, Duration eventRetention, Duration pruneInterval,
        Integer pruneBatchSize, Integer chartPoints, Prometheus prometheus) {

    public MonitoringProperties {
        historyRetention = historyRetention == null ? Duration.ofDays(7) : historyRetention;
        eventRetention = eventRetention == null ? Duration.ofDays(90) : eventRetention;
        pruneInterval = pruneInterval == null ? Duration.ofMinutes(10) : pruneInterval;
        pruneBatchSize = pruneBatchSize == null ? 10_000 : pruneBatchSize;
        chartPoints = chartPoints == null ? 500 : chartPoints;
        prometheus = prometheus == null ? new Prometheus(null, null, null, null) : prometheus;
    }

    /**
     * @param deviceMetrics export {@code hoist_device_metric} at all
     * @param maxSeries at most this many device series per scrape; the rest are counted in
     *        {@code hoist_device_metric_series_dropped} (each series is one time series in Prometheus)
     * @param include regular expressions of metric names to export; empty exports every name
     * @param cacheFor how long one reading of the database serves scrapes
     */
    public record Prometheus(Boolean deviceMetrics, Integer maxSeries, List<String> include, Duration cacheFor) {

        public Prometheus {
            deviceMetrics = deviceMetrics == null || deviceMetrics;
            maxSeries = maxSeries == null ? 10_000 : maxSeries;
            include = include == null ? List.of() : List.copyOf(include);
            cacheFor = cacheFor == null ? Duration.ofSeconds(10) : cacheFor;
        }
    }
}
