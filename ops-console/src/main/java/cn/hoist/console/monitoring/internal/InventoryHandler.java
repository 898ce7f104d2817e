package cn.hoist.console.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.InventoriesReceived;
import cn.hoist.console.ingest.InventoryBody;
import cn.hoist.console.ingest.Received;
import cn.hoist.platform.Timestamps;

/**
 * {@code inventory} reports: the devices an agent watches. Listed devices are created or updated
 * and belong to that agent; its devices no longer listed are retired (hidden, their history kept);
 * stored checks a device no longer has are dropped from its current state. Inside the ingest transaction.
 */
@Component
class InventoryHandler {

    private static final Logger log = LoggerFactory.getLogger(InventoryHandler.class);

    private final DeviceRepository devices;
    private final CheckStateRepository states;
    private final DeviceStates deviceStates;
    private final Clock clock;

    InventoryHandler(DeviceRepository devices, CheckStateRepository states, DeviceStates deviceStates, Clock clock) {
        this.devices = devices;
        this.states = states;
        this.deviceStates = deviceStates;
        this.clock = clock;
    }

    @EventListener
    void on(InventoriesReceived received) {
        received.reports().forEach(report -> handle(received.agent(), report));
    }

    private void handle(AgentIdentity agent, Received<InventoryBody> report) {
        OffsetDateTime now = Timestamps.now(clock);
        List<DeviceRepository.InventoryDevice> listed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (InventoryBody.Device device : report.body().devices()) {
            if (names.add(device.name())) {
                listed.add(new DeviceRepository.InventoryDevice(device.name(), device.kind(), device.address(),
                        device.checks()));
            }
        }
        if (!listed.isEmpty()) {
            devices.upsertInventory(agent.shopId(), agent.agentId(), listed, now);
        }
        int retired = devices.retireUnlisted(agent.shopId(), agent.agentId(), names, now);
        dropUnconfiguredChecks(agent, listed, now);
        log.info("Agent {} of shop {} watches {} devices; {} retired", agent.agentId(), agent.shopId(), listed.size(),
                retired);
    }

    private void dropUnconfiguredChecks(AgentIdentity agent, List<DeviceRepository.InventoryDevice> listed,
            OffsetDateTime now) {
        Map<String, DeviceRef> refs = devices.find(agent.shopId(),
                listed.stream().filter(d -> d.checks() != null).map(DeviceRepository.InventoryDevice::name).toList());
        Map<Long, List<String>> stored = states.checks(refs.values().stream().map(DeviceRef::id).toList());
        List<Long> changed = new ArrayList<>();
        for (DeviceRepository.InventoryDevice device : listed) {
            DeviceRef ref = refs.get(device.name());
            if (ref == null) {
                continue;
            }
            List<String> gone = stored.getOrDefault(ref.id(), List.of()).stream()
                    .filter(check -> !device.checks().contains(check)).toList();
            if (!gone.isEmpty()) {
                states.delete(ref.id(), gone);
                changed.add(ref.id());
            }
        }
        if (!changed.isEmpty()) {
            deviceStates.refresh(changed, Map.of(), now);
        }
    }
}
