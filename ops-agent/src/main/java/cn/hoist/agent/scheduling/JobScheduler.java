package cn.hoist.agent.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Schedules the agent's recurring work, each job under a stable key; no job ever overlaps itself.
 *
 * <p>Two flavours, chosen by what a lost run costs:
 * <ul>
 * <li>{@link #every In memory}, for frequent work whose next run makes up for a missed one (monitoring's polls, the
 * heartbeat, the look at agent.yml): run on a small pool of the agent's own threads, at a fixed delay after the
 * previous run ended, gone when the process ends. Frequent polling on a database-backed store would cost a
 * transaction per tick for nothing.</li>
 * <li>{@link #persistent Persistent}, for work that must not be skipped (backups, restore drills): Quartz's JDBC job
 * store in the agent's database keeps the schedule across restarts, and a run whose time passed while the agent
 * was down ("misfire") runs once as soon as the agent is back, then the schedule goes on as before.</li>
 * </ul>
 */
public interface JobScheduler {

    /**
     * Runs {@code task} after {@code initialDelay}, then {@code interval} after each run ended. Replaces a job of the
     * same key. A task that throws is logged and runs again at its next time.
     */
    void every(String key, Duration initialDelay, Duration interval, Runnable task);

    /**
     * Schedules the {@link PersistentTask} bean of this key. A job already stored with the same schedule is left as
     * it is (so a misfire noticed at start still runs); a different schedule replaces it.
     *
     * @throws IllegalArgumentException when no such task exists or the cron expression is not valid
     */
    void persistent(String key, Schedule schedule);

    /** Stops a job of either flavour; a persistent one is removed from the database. Nothing if there is none. */
    void cancel(String key);

    /** When the persistent job of this key runs next, if it is scheduled. */
    Optional<Instant> nextRun(String key);
}
