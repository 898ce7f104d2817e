package cn.hoist.agent.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.SmartLifecycle;

/**
 * The {@link JobScheduler}: in-memory jobs on {@link InMemoryJobs}, persistent ones on {@link QuartzJobs}. In-memory
 * jobs start with the application context and stop first when it closes (the default, highest phase), before the
 * report buffer and the spool they write to.
 */
final class AgentJobScheduler implements JobScheduler, SmartLifecycle {

    private final InMemoryJobs inMemory;
    private final QuartzJobs persistent;

    AgentJobScheduler(InMemoryJobs inMemory, QuartzJobs persistent) {
        this.inMemory = inMemory;
        this.persistent = persistent;
    }

    @Override
    public void every(String key, Duration initialDelay, Duration interval, Runnable task) {
        inMemory.every(key, initialDelay, interval, task);
    }

    @Override
    public void persistent(String key, Schedule schedule) {
        persistent.schedule(key, schedule);
    }

    @Override
    public void cancel(String key) {
        if (!inMemory.cancel(key)) {
            persistent.cancel(key);
        }
    }

    @Override
    public Optional<Instant> nextRun(String key) {
        return persistent.nextRun(key);
    }

    @Override
    public void start() {
        inMemory.start();
    }

    @Override
    public void stop() {
        inMemory.stop();
    }

    @Override
    public boolean isRunning() {
        return inMemory.running();
    }
}
