package cn.hoist.agent.monitoring;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.checks.Check;
import cn.hoist.agent.checks.CheckOutcome;
import cn.hoist.agent.checks.CheckStatus;
import cn.hoist.agent.reporting.CheckResult;
import cn.hoist.agent.reporting.ReportBuffer;

/**
 * Runs one check without SNMP on its interval, on the check pool: checks block on sockets, and each has its own
 * timeout, so a dead host holds one pool thread for at most that long.
 *
 * @param definition what the check is, to tell whether a reloaded configuration changed it
 */
final class CheckJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CheckJob.class);

    private final String device;
    private final String type;
    private final Check check;
    private final Object definition;
    private final Duration interval;
    private final Executor pool;
    private final ReportBuffer reports;
    private final MonitorMetrics metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long nextDueNanos = System.nanoTime();

    CheckJob(String device, String type, Check check, Object definition, Duration interval, Executor pool,
            ReportBuffer reports, MonitorMetrics metrics) {
        this.device = device;
        this.type = type;
        this.check = check;
        this.definition = definition;
        this.interval = interval;
        this.pool = pool;
        this.reports = reports;
        this.metrics = metrics;
    }

    @Override
    public String key() {
        return device + "/" + check.name();
    }

    @Override
    public boolean sameAs(Job other) {
        return other instanceof CheckJob o && o.key().equals(key()) && o.definition.equals(definition)
                && o.interval.equals(interval);
    }

    @Override
    public boolean due(long nowNanos) {
        return !running.get() && nowNanos - nextDueNanos >= 0;
    }

    @Override
    public void start(long nowNanos) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        nextDueNanos = nowNanos + interval.toNanos();
        try {
            pool.execute(this::runOnce);
        } catch (RejectedExecutionException stopping) {
            running.set(false);
        }
    }

    private void runOnce() {
        try {
            CheckOutcome outcome;
            try {
                outcome = check.run();
            } catch (RuntimeException e) {
                // A check's bug must not silence it: report UNKNOWN with what went wrong.
                log.warn("Check {} of {} failed unexpectedly", check.name(), device, e);
                outcome = new CheckOutcome(CheckStatus.UNKNOWN, "check failed: " + e, 0, java.util.List.of(),
                        java.util.Map.of());
            }
            metrics.checkTook(type, Duration.ofMillis(outcome.durationMs()));
            metrics.polled(device, check.name(), outcome.status());
            reports.add(new CheckResult(device, check.name(), outcome.status().name(), outcome.message(),
                    outcome.durationMs(), outcome.metrics(), outcome.properties()));
        } finally {
            running.set(false);
        }
    }
}
