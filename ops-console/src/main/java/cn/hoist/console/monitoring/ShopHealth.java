package cn.hoist.console.monitoring;

import java.util.Map;
import java.util.UUID;

/**
 * One shop at a glance for the fleet overview.
 *
 * @param devices watched devices per state ({@code NONE} for devices without results yet)
 * @param worst the worst of its devices' states, or UNREACHABLE when one of its agents is offline
 *        (then nothing it watches is known); null when nothing is known at all
 */
public record ShopHealth(UUID shopId, String name, String chain, long agentsOnline, long agentsOffline,
        Map<String, Long> devices, CheckStatus worst) {

    public long devices(String state) {
        return devices.getOrDefault(state, 0L);
    }
}
