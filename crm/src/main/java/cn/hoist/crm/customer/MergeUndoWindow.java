package cn.hoist.crm.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.PageTimes;

/**
 * How long a merge of duplicates can be undone ({@code hoist.crm.merge-undo-window}) on the CRM's clock, and its end
 * as the user reads it.
 */
@Component
class MergeUndoWindow {

    private final Clock clock;
    private final Duration length;
    private final PageTimes times;

    MergeUndoWindow(Clock clock, @Value("${hoist.crm.merge-undo-window:30d}") Duration length, PageTimes times) {
        this.clock = clock;
        this.length = length;
        this.times = times;
    }

    OffsetDateTime now() {
        return Timestamps.now(clock);
    }

    OffsetDateTime end(OffsetDateTime mergedAt) {
        return mergedAt.plus(length);
    }

    /** A time in the shop's time zone, written the way the user's language writes dates. */
    String shown(OffsetDateTime time) {
        return times.format(time, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()));
    }
}
