package cn.hoist.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Times as users read them, on pages and in messages, in the installation's time zone
 * ({@code hoist.time-zone}, Asia/Shanghai by default): stored times are UTC, and a shop reads them
 * as its wall clock; dates users type (filters, forms) mean days of that clock too. In templates as
 * {@code ${@pageTimes.format(entry.occurredAt(), 'yyyy-MM-dd HH:mm')}}; dates without a time are
 * shown as they are.
 */
public final class PageTimes {

    private final ZoneId zone;

    public PageTimes(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today's date on the installation's wall clock (a form's default date). */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The value in the installation's time zone with the given pattern; empty for none. */
    public String format(TemporalAccessor value, String pattern) {
        return format(value, DateTimeFormatter.ofPattern(pattern));
    }

    /** The value in the installation's time zone with the given formatter; empty for none. */
    public String format(TemporalAccessor value, DateTimeFormatter formatter) {
        if (value == null) {
            return "";
        }
        TemporalAccessor local = value;
        if (value instanceof OffsetDateTime t) {
            local = t.atZoneSameInstant(zone);
        } else if (value instanceof ZonedDateTime t) {
            local = t.withZoneSameInstant(zone);
        } else if (value instanceof Instant t) {
            local = t.atZone(zone);
        }
        return formatter.format(local);
    }
}
