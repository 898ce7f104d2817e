package cn.hoist.agent.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/** When a persistent job runs: by a cron expression in a time zone, or every so long. */
public sealed interface Schedule permits Schedule.Cron, Schedule.Every {

    /**
     * Quartz's cron format: seconds, minutes, hours, day of month, month, day of week, optional year, e.g.
     * {@code 0 30 2 * * ?} for 02:30 every day.
     *
     * @param expression the cron expression (checked by {@link JobScheduler#persistent})
     * @param zone       the time zone its times are in (the shop's, for a nightly backup)
     */
    record Cron(String expression, ZoneId zone) implements Schedule {

        public Cron {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * Every {@code interval}, counted from when the job was first scheduled.
     *
     * @param interval at least one second
     */
    record Every(Duration interval) implements Schedule {

        public Every {
            if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a persistent job's interval must be at least 1s, not " + interval);
            }
        }
    }

    static Schedule cron(String expression, ZoneId zone) {
        return new Cron(expression, zone);
    }

    static Schedule every(Duration interval) {
        return new Every(interval);
    }
}
