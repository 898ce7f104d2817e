package cn.hoist.agent.scheduling;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory flavour: a small pool of daemon threads, each job at a fixed delay after its previous run ended (so
 * it cannot overlap itself). Jobs registered before {@link #start} begin then; {@link #stop} ends them all.
 */
final class InMemoryJobs {

    private static final Logger log = LoggerFactory.getLogger(InMemoryJobs.class);

    private final ScheduledThreadPoolExecutor executor;
    private final Map<String, Job> jobs = new HashMap<>();
    private boolean started;

    private record Job(Duration initialDelay, Duration interval, Runnable task, ScheduledFuture<?> future) {
    }

    InMemoryJobs(int threads) {
        AtomicInteger n = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "agent-scheduler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    synchronized void every(String key, Duration initialDelay, Duration interval, Runnable task) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("job " + key + ": the interval must be positive, not " + interval);
        }
        cancel(key);
        jobs.put(key, new Job(initialDelay, interval, task, started ? submit(key, initialDelay, interval, task)
                : null));
    }

    synchronized boolean cancel(String key) {
        Job old = jobs.remove(key);
        if (old != null && old.future() != null) {
            old.future().cancel(false);
        }
        return old != null;
    }

    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        jobs.replaceAll((key, job) -> new Job(job.initialDelay(), job.interval(), job.task(), submit(key,
                job.initialDelay(), job.interval(), job.task())));
    }

    /** Ends every job; a run under way finishes (its thread is a daemon, and nothing waits for it). */
    synchronized void stop() {
        started = false;
        executor.shutdownNow();
    }

    synchronized boolean running() {
        return started;
    }

    private ScheduledFuture<?> submit(String key, Duration initialDelay, Duration interval, Runnable task) {
        // A task that throws would be silently cancelled by the executor: log it and keep the job.
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log.error("Scheduled job {} failed; it runs again in {}", key, interval, e);
            }
        };
        return executor.scheduleWithFixedDelay(guarded, Math.max(0, initialDelay.toMillis()), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }
}
