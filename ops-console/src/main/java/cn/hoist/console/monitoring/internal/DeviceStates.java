package cn.hoist.console.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Recomputes devices' states (the worst status of their current checks) after their checks changed. */
@Component
class DeviceStates {

    private final DeviceRepository devices;
    private final CheckStateRepository checks;

    DeviceStates(DeviceRepository devices, CheckStateRepository checks) {
        this.devices = devices;
        this.checks = checks;
    }

    /**
     * @param seenAt per device the newest result just stored (absent: no new result, last seen stays)
     * @param now when a state that changed without a new result changed
     */
    void refresh(Collection<Long> deviceIds, Map<Long, OffsetDateTime> seenAt, OffsetDateTime now) {
        Map<Long, Integer> worst = checks.worstRanks(deviceIds);
        List<DeviceRepository.StateUpdate> updates = deviceIds.stream().map(id -> {
            OffsetDateTime seen = seenAt.get(id);
            return new DeviceRepository.StateUpdate(id, worst.getOrDefault(id, -1), seen == null ? now : seen, seen);
        }).toList();
        devices.updateStates(updates);
    }
}
