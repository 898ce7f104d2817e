package cn.hoist.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Points in time as Hoist stores them: UTC, to the microsecond (what H2 and PostgreSQL keep), so a
 * value read back equals the value written.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
