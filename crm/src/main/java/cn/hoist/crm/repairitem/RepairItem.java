package cn.hoist.crm.repairitem;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * One item of the catalogue.
 *
 * @param code          stable code kept by appointments and work orders, e.g. {@code BR-PADF}
 * @param standardHours labour standard of a normal job, in hours
 * @param rushHours     labour standard of a rush job
 * @param reworkHours   labour standard of rework
 * @param skill         the skill a technician needs, or null for anyone
 * @param bayCapability the bay capability it needs, or null for any bay
 * @param active        false once the shop has retired it (kept for the orders that name it)
 */
public record RepairItem(String code, Category category, String nameZh, String nameEn, BigDecimal standardHours,
        BigDecimal rushHours, BigDecimal reworkHours, Skill skill, BayCapability bayCapability, boolean active) {

    /** The name in the reader's language (Chinese unless the reader reads English). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public BigDecimal hours(HoursKind kind) {
        return switch (kind) {
            case NORMAL -> standardHours;
            case RUSH -> rushHours;
            case REWORK -> reworkHours;
        };
    }

    /** The labour standard as a duration, to whole minutes. */
    public Duration standardDuration(HoursKind kind) {
        return Duration.ofMinutes(hours(kind).multiply(BigDecimal.valueOf(60)).longValue());
    }
}
