package cn.hoist.console.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published in the transaction that changed a device's state (the worst status of its current checks).
 *
 * @param name the device's name in its shop's agent configuration
 * @param kind {@code server}, {@code pos}, {@code router}, {@code switch}, {@code printer}... ({@code other} until
 *        an inventory says)
 * @param from the state before; null when the device had no result yet
 * @param to the new state; null when it has no current check any more
 * @param at when the new state began (the time of the result that brought it)
 */
public record DeviceStateChanged(long deviceId, UUID shopId, String name, String kind, CheckStatus from,
        CheckStatus to, OffsetDateTime at) {
}
