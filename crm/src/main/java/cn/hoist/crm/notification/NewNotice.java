package cn.hoist.crm.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notice to write to the outbox.
 *
 * @param customerId  who is told
 * @param vehicleId   the car it concerns, or null
 * @param kind        what it tells
 * @param subjectType what it is about: {@code APPOINTMENT}, {@code WORK_ORDER}
 * @param subjectId   that object's id
 * @param params      the values its text needs (times already as the shop reads them), at most 20
 * @param link        a page for the customer (the order's phone page, the approval link), or null
 * @param dueAt       when to send it: now, or e.g. the day before a visit
 * @param dedupKey    a key that makes writing the same notice twice a no-op (the daily reminder job), or null
 */
public record NewNotice(UUID customerId, UUID vehicleId, NoticeKind kind, String subjectType, String subjectId,
        Map<String, String> params, String link, Instant dueAt, String dedupKey) {

    public NewNotice {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        params = params == null ? Map.of() : Map.copyOf(params);
        if (params.size() > 20) {
            throw new IllegalArgumentException("a notice has at most 20 parameters");
        }
    }

    /** A notice to send now. */
    public static NewNotice now(UUID customerId, UUID vehicleId, NoticeKind kind, String subjectType,
            String subjectId, Map<String, String> params, String link) {
        return new NewNotice(customerId, vehicleId, kind, subjectType, subjectId, params, link, null, null);
    }
}
