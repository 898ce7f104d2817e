package cn.hoist.crm;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.hoist.platform.web.PageTimes;

/**
 * Times as people say them where how long ago (or how long still) matters more than the exact minute ("3 分钟前",
 * "2 天前", "还剩 29 天"); past a month the date on the shop's clock. In templates as {@code ${@relativeTimes.ago(c.updatedAt())}}, with the exact time
 * beside it in a title.
 */
@Component
public class RelativeTimes {

    private final Clock clock;
    private final MessageSource messages;
    private final PageTimes times;

    RelativeTimes(Clock clock, MessageSource messages, PageTimes times) {
        this.clock = clock;
        this.messages = messages;
        this.times = times;
    }

    public String ago(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        Duration age = Duration.between(time.toInstant(), clock.instant());
        if (age.isNegative() || age.toMinutes() < 1) {
            return message("time.justNow", age.toMinutes());
        }
        if (age.toHours() < 1) {
            return message("time.minutesAgo", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return message("time.hoursAgo", age.toHours());
        }
        if (age.toDays() <= 30) {
            return message("time.daysAgo", age.toDays());
        }
        return times.format(time, "yyyy-MM-dd");
    }

    /** How long until the time, as a length ("29 天", "5 小时"); empty once it has passed. */
    public String left(OffsetDateTime until) {
        if (until == null || !until.toInstant().isAfter(clock.instant())) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), until.toInstant());
        if (left.toDays() >= 1) {
            return message("time.days", left.toDays());
        }
        return left.toHours() >= 1 ? message("time.hours", left.toHours())
                : message("time.minutes", Math.max(1, left.toMinutes()));
    }

    private String message(String key, long amount) {
        return messages.getMessage(key, new Object[] {amount}, LocaleContextHolder.getLocale());
    }
}
