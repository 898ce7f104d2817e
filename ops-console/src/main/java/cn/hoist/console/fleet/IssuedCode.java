package cn.hoist.console.fleet;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A fresh one-time enrollment code; the only time the code itself is known. */
public record IssuedCode(UUID shopId, String code, OffsetDateTime expiresAt) {
}
