package cn.hoist.agent.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects reports from many concurrent polls and writes them to the spool together, so that a cycle over a thousand
 * devices costs a handful of disk flushes instead of thousands. A report {@link #add added} is durable within the
 * flush interval (check results: a crash may lose the last second of them); one {@link #addNow added now} is
 * written at once, with whatever waits (events: the console should know at once). The flusher thread runs while the
 * agent runs; {@link #stop} writes what is left.
 */
public final class ReportBuffer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReportBuffer.class);

    private final Reports reports;
    private final long flushMillis;
    private final Object lock = new Object();
    private List<ReportBody> pending = new ArrayList<>();
    private boolean urgent;
    private volatile boolean running = true;

    public ReportBuffer(Reports reports, Duration flushInterval) {
        this.reports = reports;
        this.flushMillis = Math.max(1, flushInterval.toMillis());
    }

    /** Queues a report for the next flush. */
    public void add(ReportBody body) {
        synchronized (lock) {
            pending.add(body);
        }
    }

    /** Queues a report and flushes now (events: the console should know at once). */
    public void addNow(ReportBody body) {
        synchronized (lock) {
            pending.add(body);
            urgent = true;
            lock.notifyAll();
        }
    }

    /** Writes everything queued; returns how many reports were written. */
    public int flush() {
        List<ReportBody> batch;
        synchronized (lock) {
            batch = pending;
            pending = new ArrayList<>();
            urgent = false;
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return reports.submitAll(batch);
        } catch (RuntimeException e) {
            log.error("Cannot write {} reports to the spool: {}", batch.size(), e.toString());
            return 0;
        }
    }

    @Override
    public void run() {
        while (running) {
            synchronized (lock) {
                if (!urgent && running) {
                    try {
                        lock.wait(flushMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        running = false;
                    }
                }
            }
            flush();
        }
    }

    public void stop() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        flush();
    }
}
