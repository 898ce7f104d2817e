package cn.hoist.console.admin;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published (in a transaction of its own, through the event publication registry) when Spring Boot
 * Admin sees the status of a registered instance other than the console itself change.
 *
 * @param instanceId Spring Boot Admin's id of the instance (stable across the console's restarts)
 * @param name the instance's application name
 * @param shopId the shop from the instance's {@code shop-id} metadata; null when it sent none or an unknown one
 * @param from the status before; null when unknown since the console started
 * @param at when Spring Boot Admin saw the change
 */
public record CrmInstanceStatusChanged(String instanceId, String name, UUID shopId, String serviceUrl, CrmStatus from,
        CrmStatus to, OffsetDateTime at) {
}
