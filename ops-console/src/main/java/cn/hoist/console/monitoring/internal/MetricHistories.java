package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.monitoring.MetricHistory;
import cn.hoist.console.monitoring.MonitoringProperties;
import cn.hoist.platform.web.ProblemException;

/**
 * Recent values of a metric for the device charts, read from the short history. Long ranges are
 * sampled (every n-th result) so a chart never has more than the configured number of points and a
 * week of a busy check costs as little to draw as an hour.
 */
@Service
@Transactional(readOnly = true)
public class MetricHistories {

    /** A chart with more lines than this is unreadable; the rest are left out. */
    static final int MAX_SERIES = 50;

    /** The metrics worth a chart, best first; a check's chart shows the first one it has. */
    private static final List<String> PREFERRED = List.of("snmp_if_in_bits_per_second", "snmp_if_out_bits_per_second",
            "snmp_hr_cpu_load_average_percent", "snmp_hr_storage_used_percent", "snmp_printer_supply_level_percent",
            "snmp_printer_waste_fill_percent", "snmp_ups_charge_percent", "snmp_ups_runtime_minutes",
            "host_cpu_percent", "host_disk_used_percent", "check_latency_ms", "tls_certificate_days_left",
            "ntp_offset_ms", "snmp_sys_uptime_seconds");

    private final DeviceRepository devices;
    private final CheckHistoryRepository history;
    private final MetricsJson json;
    private final MonitoringProperties properties;

    MetricHistories(DeviceRepository devices, CheckHistoryRepository history, MetricsJson json,
            MonitoringProperties properties) {
        this.devices = devices;
        this.history = history;
        this.json = json;
        this.properties = properties;
    }

    /** The metric a chart of a check should show by default, among the names its latest result has. */
    public static String preferred(List<String> names) {
        return PREFERRED.stream().filter(names::contains).findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
    }

    public MetricHistory history(long deviceId, String check, String metric, OffsetDateTime from, OffsetDateTime to) {
        devices.find(deviceId).orElseThrow(() -> ProblemException.notFound("device.notFound", deviceId));
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("history.badRange", from, to);
        }
        long count = history.count(deviceId, check, from, to);
        long step = Math.max(1, (count + properties.chartPoints() - 1) / properties.chartPoints());
        Map<Map<String, String>, List<MetricHistory.Point>> series = new LinkedHashMap<>();
        AtomicReference<String> unit = new AtomicReference<>();
        for (CheckHistoryRepository.Sample sample : history.range(deviceId, check, from, to, step)) {
            json.each(sample.metricsJson(), value -> {
                if (!value.name().equals(metric)) {
                    return;
                }
                unit.compareAndSet(null, value.unit());
                List<MetricHistory.Point> points = series.get(value.labels());
                if (points == null && series.size() < MAX_SERIES) {
                    points = new ArrayList<>();
                    series.put(value.labels(), points);
                }
                if (points != null) {
                    points.add(new MetricHistory.Point(sample.time(), value.value()));
                }
            });
        }
        return new MetricHistory(deviceId, check, metric, unit.get(), from, to, step > 1,
                series.entrySet().stream().map(e -> new MetricHistory.Series(e.getKey(), e.getValue())).toList());
    }
}
