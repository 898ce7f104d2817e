package cn.hoist.console.fleet;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A repair shop the vendor looks after. */
public record Shop(UUID id, String name, String chain, String address, String contact, String phone,
        OffsetDateTime createdAt) {
}
