package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.console.monitoring.DeviceStateChanged;

/**
 * Recomputes devices' states (the worst status of their current checks) after their checks changed,
 * and publishes a {@link DeviceStateChanged} for each device whose state changed, in the same transaction.
 */
@Component
class DeviceStates {

    private final DeviceRepository devices;
    private final CheckStateRepository checks;
    private final ApplicationEventPublisher events;

    DeviceStates(DeviceRepository devices, CheckStateRepository checks, ApplicationEventPublisher events) {
        this.devices = devices;
        this.checks = checks;
        this.events = events;
    }

    /**
     * @param seenAt per device the newest result just stored (absent: no new result, last seen stays)
     * @param now when a state that changed without a new result changed
     */
    void refresh(Collection<Long> deviceIds, Map<Long, OffsetDateTime> seenAt, OffsetDateTime now) {
        Map<Long, DeviceRepository.StateRef> before = devices.stateRefs(deviceIds);
        Map<Long, Integer> worst = checks.worstRanks(deviceIds);
        List<DeviceRepository.StateUpdate> updates = new ArrayList<>(deviceIds.size());
        List<DeviceStateChanged> changes = new ArrayList<>();
        for (long id : deviceIds) {
            OffsetDateTime seen = seenAt.get(id);
            OffsetDateTime at = seen == null ? now : seen;
            int rank = worst.getOrDefault(id, -1);
            updates.add(new DeviceRepository.StateUpdate(id, rank, at, seen));
            DeviceRepository.StateRef ref = before.get(id);
            if (ref != null && ref.rank() != rank) {
                changes.add(new DeviceStateChanged(id, ref.shopId(), ref.name(), ref.kind(),
                        CheckStatus.ofRank(ref.rank()), CheckStatus.ofRank(rank), at));
            }
        }
        devices.updateStates(updates);
        changes.forEach(events::publishEvent);
    }
}
