package cn.hoist.console.incident.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.hoist.console.incident.SignalLevel;
import cn.hoist.console.incident.SignalSource;

/**
 * A signal to record.
 *
 * @param key what makes it unique at its source, so that a listener run twice records it once
 */
record NewSignal(String key, UUID shopId, SignalSource source, String code, String subject, String subjectKind,
        SignalLevel level, String state, String previousState, String message, OffsetDateTime occurredAt) {
}
