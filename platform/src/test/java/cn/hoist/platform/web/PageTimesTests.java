package cn.hoist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Stored times are UTC; a shop in Shanghai reads them on its own wall clock. */
class PageTimesTests {

    private final PageTimes times = new PageTimes(ZoneId.of("Asia/Shanghai"));

    @Test
    void utcTimesAreShownOnTheShopsWallClock() {
        OffsetDateTime stored = OffsetDateTime.parse("2026-11-23T20:30:05Z");
        assertThat(times.format(stored, "yyyy-MM-dd HH:mm")).isEqualTo("2026-11-24 04:30");
        assertThat(times.format(stored, "yyyy-MM-dd")).isEqualTo("2026-11-24");
        assertThat(times.format(Instant.parse("2026-11-23T20:30:05Z"), "HH:mm:ss")).isEqualTo("04:30:05");
        assertThat(times.format(stored.atZoneSameInstant(ZoneId.of("Europe/Berlin")), "HH:mm")).isEqualTo("04:30");
    }

    @Test
    void datesAreShownAsTheyAreAndNothingAsNothing() {
        assertThat(times.format(LocalDate.of(2026, 11, 23), "yyyy-MM-dd")).isEqualTo("2026-11-23");
        assertThat(times.format(null, "yyyy-MM-dd")).isEmpty();
        assertThat(times.today()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
