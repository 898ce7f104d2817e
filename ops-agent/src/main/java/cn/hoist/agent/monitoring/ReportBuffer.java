package cn.hoist.agent.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.reporting.Reports;

/**
 * Collects reports from many concurrent polls and writes them to the spool together, so that a cycle over a thousand
 * devices costs a handful of disk flushes instead of thousands. Check results wait up to the flush interval; events
 * are written at once.
 */
final class ReportBuffer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReportBuffer.class);

    private final Reports reports;
    private final long flushMillis;
    private final Object lock = new Object();
    private List<Reports.Submission> pending = new ArrayList<>();
    private boolean urgent;
    private volatile boolean running = true;

    ReportBuffer(Reports reports, Duration flushInterval) {
        this.reports = reports;
        this.flushMillis = Math.max(1, flushInterval.toMillis());
    }

    /** Queues a report for the next flush. */
    void add(String type, Object body) {
        synchronized (lock) {
            pending.add(new Reports.Submission(type, body));
        }
    }

    /** Queues a report and flushes now (events: the console should know at once). */
    void addNow(String type, Object body) {
        synchronized (lock) {
            pending.add(new Reports.Submission(type, body));
            urgent = true;
            lock.notifyAll();
        }
    }

    /** Writes everything queued; returns how many reports were written. */
    int flush() {
        List<Reports.Submission> batch;
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
            log.error("Cannot write {} monitoring reports to the spool: {}", batch.size(), e.toString());
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

    void stop() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        flush();
    }
}
