package cn.hoist.console.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentStatus;
import cn.hoist.console.fleet.Shop;
import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.monitoring.MonitoringProperties;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The fleet as Prometheus sees it on {@code /actuator/prometheus}: agents per shop and status,
 * devices per shop and state, and the latest value of every device metric
 * ({@code hoist_device_metric}), so that Prometheus keeps the long history the console does not.
 * Read from the database (so every console instance exports the same), at most once per
 * {@code cache-for}, and bounded by {@code max-series}.
 */
@Component
class PrometheusExport implements MultiCollector {

    /** Our own label names: an agent's metric label of the same name is exported as {@code label_<name>}. */
    private static final Set<String> RESERVED = Set.of("shop", "device", "check", "metric", "job", "instance");

    private final ShopService shops;
    private final DeviceRepository devices;
    private final CheckStateRepository states;
    private final MetricsJson json;
    private final MonitoringProperties.Prometheus settings;
    private final List<Pattern> include;
    private final Clock clock;
    private MetricSnapshots cached;
    private Instant cachedAt = Instant.MIN;

    PrometheusExport(ShopService shops, DeviceRepository devices, CheckStateRepository states, MetricsJson json,
            MonitoringProperties properties, Clock clock, PrometheusRegistry registry) {
        this.shops = shops;
        this.devices = devices;
        this.states = states;
        this.json = json;
        this.settings = properties.prometheus();
        this.include = settings.include().stream().map(Pattern::compile).toList();
        this.clock = clock;
        registry.register(this);
    }

    @Override
    public synchronized MetricSnapshots collect() {
        Instant now = clock.instant();
        if (cached == null || now.isAfter(cachedAt.plus(settings.cacheFor()))) {
            cached = read();
            cachedAt = now;
        }
        return cached;
    }

    private MetricSnapshots read() {
        Map<UUID, String> names = new LinkedHashMap<>();
        shops.all().forEach((Shop shop) -> names.put(shop.id(), shop.name()));
        MetricSnapshots.Builder snapshots = MetricSnapshots.builder()
                .metricSnapshot(agents(names))
                .metricSnapshot(devices(names));
        if (settings.deviceMetrics()) {
            DeviceMetrics metrics = deviceMetrics();
            snapshots.metricSnapshot(metrics.values())
                    .metricSnapshot(GaugeSnapshot.builder().name("hoist_device_metric_series_dropped")
                            .help("At least how many device series were left out of hoist_device_metric (max-series, or a clashing label set)")
                            .dataPoint(point(Labels.EMPTY, metrics.dropped())).build());
        }
        return snapshots.build();
    }

    private GaugeSnapshot agents(Map<UUID, String> shopNames) {
        GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name("hoist_shop_agents")
                .help("Agents of each shop by status (ONLINE, OFFLINE, PENDING, REVOKED)");
        shops.agentCounts().forEach((shopId, counts) -> {
            for (AgentStatus status : AgentStatus.values()) {
                gauge.dataPoint(point(Labels.of("shop", shopNames.getOrDefault(shopId, shopId.toString()),
                        "status", status.name()), counts.getOrDefault(status, 0L)));
            }
        });
        return gauge.build();
    }

    private GaugeSnapshot devices(Map<UUID, String> shopNames) {
        GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name("hoist_devices")
                .help("Watched devices of each shop by state (worst check status; NONE before the first result)");
        devices.stateCountsByShop().forEach((shopId, counts) -> counts.forEach((state, count) -> gauge.dataPoint(
                point(Labels.of("shop", shopNames.getOrDefault(shopId, shopId.toString()), "state", state), count))));
        return gauge.build();
    }

    private DeviceMetrics deviceMetrics() {
        Map<Labels, Double> values = new LinkedHashMap<>();
        long[] dropped = {0};
        int max = settings.maxSeries();
        // One row more than could fit tells whether rows were left out.
        states.eachWithMetrics(max + 1, rs -> {
            String shop = rs.getString("shop");
            String device = rs.getString("device");
            String check = rs.getString("check_name");
            json.each(rs.getString("metrics"), metric -> {
                if (!included(metric.name())) {
                    return;
                }
                Labels labels = labels(shop, device, check, metric.name(), metric.labels());
                if (labels == null || values.size() >= max || values.containsKey(labels)) {
                    dropped[0]++;
                } else {
                    values.put(labels, metric.value());
                }
            });
        });
        GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name("hoist_device_metric")
                .help("Latest value of each device metric an agent reported (metric = the agent's metric name)");
        values.forEach((labels, value) -> gauge.dataPoint(point(labels, value)));
        return new DeviceMetrics(gauge.build(), dropped[0]);
    }

    private boolean included(String name) {
        return include.isEmpty() || include.stream().anyMatch(p -> p.matcher(name).matches());
    }

    private static Labels labels(String shop, String device, String check, String metric, Map<String, String> own) {
        List<String> keys = new ArrayList<>(List.of("shop", "device", "check", "metric"));
        List<String> values = new ArrayList<>(List.of(shop, device, check, metric));
        own.forEach((key, value) -> {
            keys.add(RESERVED.contains(key) || key.startsWith("__") ? "label_" + key : key);
            values.add(value);
        });
        try {
            return Labels.of(keys, values);
        } catch (IllegalArgumentException clash) {
            // e.g. both "shop" and "label_shop" among the agent's labels: left out and counted, never a failed scrape
            return null;
        }
    }

    private static GaugeSnapshot.GaugeDataPointSnapshot point(Labels labels, double value) {
        return GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
    }

    private record DeviceMetrics(GaugeSnapshot values, long dropped) {
    }
}
