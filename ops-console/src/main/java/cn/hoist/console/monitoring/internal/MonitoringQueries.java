package cn.hoist.console.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.fleet.AgentStatus;
import cn.hoist.console.fleet.Shop;
import cn.hoist.console.fleet.ShopService;
import cn.hoist.console.monitoring.CheckState;
import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.console.monitoring.Device;
import cn.hoist.console.monitoring.DeviceDetail;
import cn.hoist.console.monitoring.DeviceEvent;
import cn.hoist.console.monitoring.ShopHealth;
import cn.hoist.console.runbook.Runbooks;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.ProblemException;

/** What the monitoring pages and API show: devices, their checks, events, and the fleet overview. */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    private final ShopService shops;
    private final DeviceRepository devices;
    private final CheckStateRepository states;
    private final EventRepository events;
    private final MetricsJson json;
    private final Runbooks runbooks;

    MonitoringQueries(ShopService shops, DeviceRepository devices, CheckStateRepository states, EventRepository events,
            MetricsJson json, Runbooks runbooks) {
        this.shops = shops;
        this.devices = devices;
        this.states = states;
        this.events = events;
        this.json = json;
        this.runbooks = runbooks;
    }

    /** The shop's devices, worst state first; retired ones only when asked for. */
    public Page<Device> devices(UUID shopId, boolean retired, int page, int size) {
        shops.get(shopId);
        return new Page<>(devices.forShop(shopId, retired, page, size), page, size,
                devices.countForShop(shopId, retired));
    }

    public DeviceDetail device(long id) {
        Device device = devices.find(id).orElseThrow(() -> ProblemException.notFound("device.notFound", id));
        return new DeviceDetail(device, states.forDevice(id).stream().map(this::view).toList());
    }

    public DeviceDetail device(UUID shopId, String name) {
        Device device = devices.find(shopId, name)
                .orElseThrow(() -> ProblemException.notFound("device.notFound", name));
        return device(device.id());
    }

    /** The shop's events, newest first, optionally of one device and one severity. */
    public Page<DeviceEvent> events(UUID shopId, String device, String severity, int page, int size) {
        shops.get(shopId);
        List<DeviceEvent> items = events.page(shopId, device, severity, page, size).stream().map(this::view).toList();
        return new Page<>(items, page, size, events.count(shopId, device, severity));
    }

    /**
     * Every shop's health, worst first: shops with an offline agent or an unreachable device, then
     * critical, warning, unknown, fine, and shops that report nothing.
     *
     * @param text part of the shop's or chain's name (case-insensitive); null or blank for all
     * @param problemsOnly only shops whose worst state is WARNING or worse
     */
    public Page<ShopHealth> overview(String text, boolean problemsOnly, int page, int size) {
        Map<UUID, Map<String, Long>> deviceCounts = devices.stateCountsByShop();
        Map<UUID, Map<AgentStatus, Long>> agentCounts = shops.agentCounts();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<ShopHealth> health = new ArrayList<>();
        for (Shop shop : shops.all()) {
            if (!needle.isEmpty() && !contains(shop.name(), needle) && !contains(shop.chain(), needle)) {
                continue;
            }
            ShopHealth one = health(shop, deviceCounts.getOrDefault(shop.id(), Map.of()),
                    agentCounts.getOrDefault(shop.id(), Map.of()));
            if (!problemsOnly || (one.worst() != null && one.worst().rank() >= CheckStatus.WARNING.rank())) {
                health.add(one);
            }
        }
        health.sort(Comparator.comparingInt((ShopHealth h) -> h.worst() == null ? -1 : h.worst().rank()).reversed());
        int from = (int) Math.min((long) page * size, health.size());
        return new Page<>(health.subList(from, Math.min(from + size, health.size())), page, size, health.size());
    }

    private static ShopHealth health(Shop shop, Map<String, Long> devices, Map<AgentStatus, Long> agents) {
        long offline = agents.getOrDefault(AgentStatus.OFFLINE, 0L);
        CheckStatus worst = offline > 0 ? CheckStatus.UNREACHABLE : devices.keySet().stream()
                .filter(state -> !"NONE".equals(state)).map(CheckStatus::valueOf)
                .max(Comparator.comparingInt(CheckStatus::rank)).orElse(null);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CheckStatus status : CheckStatus.values()) {
            counts.put(status.name(), devices.getOrDefault(status.name(), 0L));
        }
        counts.put("NONE", devices.getOrDefault("NONE", 0L));
        return new ShopHealth(shop.id(), shop.name(), shop.chain(), agents.getOrDefault(AgentStatus.ONLINE, 0L), offline,
                counts, worst);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private CheckState view(CheckStateRepository.Stored stored) {
        return new CheckState(stored.check(), stored.status(), stored.statusSince(), stored.message(),
                stored.durationMs(), stored.observedAt(), json.metrics(stored.metricsJson()),
                json.strings(stored.propertiesJson()),
                runbooks.forCheck(stored.check(), stored.status().name()).orElse(null));
    }

    private DeviceEvent view(EventRepository.Stored stored) {
        EventRepository.EventRow event = stored.event();
        return new DeviceEvent(stored.id(), stored.shopId(), stored.agentId(), event.device(), event.kind(),
                event.severity(), event.message(), json.strings(event.attributesJson()), event.occurredAt(),
                stored.receivedAt(), runbooks.forEvent(event.kind()).orElse(null));
    }
}
