package cn.hoist.crm.staff;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A store (门店) of the shop or chain. */
public record Store(UUID id, String code, String name, String address, OffsetDateTime createdAt) {
}
