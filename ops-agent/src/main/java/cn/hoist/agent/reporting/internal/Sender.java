package cn.hoist.agent.reporting.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.protocol.ConsoleClient;
import cn.hoist.agent.protocol.ConsoleException;
import cn.hoist.agent.protocol.Messages;
import cn.hoist.agent.reporting.Event;
import cn.hoist.platform.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drains the spool to the console on its own thread: a batch at a time, oldest first; the spool
 * forgets reports only once the console has acknowledged them. Failures back off exponentially
 * (with jitter, so a fleet does not return in lockstep after a console outage). A report the
 * console refuses outright (a 4xx other than 401 and 429) is isolated by halving the batch, kept in the spool's
 * {@code refused/} folder, announced with a {@code report-refused} event and skipped, so one bad report can never
 * block the ones behind it and is never retried for ever.
 */
public final class Sender implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    private final Spool spool;
    private final ConsoleClient console;
    private final String agentId;
    private final String credential;
    private final JsonMapper json;
    private final Clock clock;
    private final int batchSize;
    private final long batchBytes;
    private final Duration retryMin;
    private final Duration retryMax;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Counter sent;
    private final Counter failures;
    private final Consumer<Event> refusedReports;
    private volatile boolean running = true;
    private volatile Instant lastDelivery;
    private volatile String lastError;
    private boolean wakeRequested;
    private Duration backoff;
    /** The first report number to declare lost in the next batch, after the console asked for one we lack. */
    private Long gapFrom;

    public Sender(Spool spool, ConsoleClient console, String agentId, String credential, JsonMapper json, Clock clock,
            int batchSize, long batchBytes, Duration retryMin, Duration retryMax, MeterRegistry meters,
            Consumer<Event> refusedReports) {
        this.refusedReports = refusedReports;
        this.spool = spool;
        this.console = console;
        this.agentId = agentId;
        this.credential = credential;
        this.json = json;
        this.clock = clock;
        this.batchSize = batchSize;
        this.batchBytes = batchBytes;
        this.retryMin = retryMin;
        this.retryMax = retryMax;
        this.backoff = retryMin;
        this.sent = meters.counter("hoist.agent.reports.sent");
        this.failures = meters.counter("hoist.agent.reports.send.failures");
    }

    /** New reports are in the spool: send now rather than at the next tick. */
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void stop() {
        running = false;
        wake();
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (spool.depth() == 0) {
                    pause(Duration.ofSeconds(30), true);
                } else if (!sendOnce(batchSize)) {
                    pause(nextBackoff(), false);
                }
            } catch (RuntimeException unexpected) {
                log.error("Sending reports failed unexpectedly; retrying in {}", backoff, unexpected);
                pause(nextBackoff(), false);
            }
        }
    }

    /** Sends one batch of at most {@code size}; true when the console took it (or a refused report was set aside). */
    boolean sendOnce(int size) {
        List<Spool.Record> records = spool.peek(size, batchBytes);
        if (records.isEmpty()) {
            return true;
        }
        Long declaredGap = gapFrom != null && gapFrom < records.get(0).seq() ? gapFrom : null;
        try {
            Messages.ReportAck ack = console.send(credential, new Messages.ReportBatch(Messages.PROTOCOL, agentId,
                    Timestamps.now(clock), declaredGap, records.stream().map(this::toReport).toList()));
            gapFrom = null;
            spool.ack(ack.acceptedThrough());
            sent.increment(ack.accepted());
            lastDelivery = clock.instant();
            lastError = null;
            backoff = retryMin;
            return true;
        } catch (ConsoleException e) {
            failures.increment();
            return handle(e, records, size, declaredGap);
        }
    }

    private boolean handle(ConsoleException e, List<Spool.Record> records, int size, Long declaredGap) {
        lastError = e.getMessage();
        switch (e.kind()) {
            case UNAUTHORIZED -> log.error("The console rejected this agent's credential: {}. Reports are kept in "
                    + "the spool; enroll the agent again (ops-agent enroll --force ...)", e.getMessage());
            case REJECTED -> {
                if (records.size() > 1) {
                    log.warn("The console refused a batch of {} reports ({}); retrying in smaller batches to find "
                            + "the one it refuses", records.size(), e.getMessage());
                    return sendOnce(Math.max(1, records.size() / 2));
                }
                Spool.Record refused = records.get(0);
                Path kept = spool.setAside(refused, e.getMessage());
                log.error("The console refused report {} for good ({}); set aside in {} so the rest can flow",
                        refused.seq(), e.getMessage(), kept);
                refusedReports.accept(new Event("report-refused", "WARNING", "The console refused report "
                        + refused.seq() + " for good; it is kept in " + kept + " on the agent's server", null,
                        Map.of("seq", Long.toString(refused.seq()), "reason", String.valueOf(e.getMessage()),
                                "file", kept.toString())));
                return true;
            }
            case SEQUENCE_GAP -> {
                // the spool holds everything after its acknowledged mark, so a console that expects less than the
                // oldest held report asks for reports that are gone here
                long expected = e.expectedSeq().orElseThrow();
                long first = records.get(0).seq();
                if (expected < first && !Long.valueOf(expected).equals(declaredGap)) {
                    // reports expected..first-1 are gone here (dropped on overflow, or set aside): say so
                    log.warn("The console expects report {} next, which this agent no longer holds; declaring {} to {}"
                            + " lost", expected, expected, first - 1);
                    gapFrom = expected;
                    return sendOnce(size);
                }
                log.error("The console refused the report numbers ({}); keeping the reports", e.getMessage());
            }
            case RATE_LIMITED -> {
                e.retryAfter().filter(wait -> wait.compareTo(backoff) > 0).ifPresent(wait -> backoff = wait);
                log.info("The console asks this agent to slow down; waiting {}", backoff);
            }
            case UNREACHABLE -> log.warn("Cannot deliver {} waiting reports: {}; next attempt in {}",
                    spool.depth(), e.getMessage(), backoff);
        }
        return false;
    }

    private Messages.Report toReport(Spool.Record record) {
        JsonNode payload = json.readTree(record.payload());
        return new Messages.Report(record.seq(), java.time.OffsetDateTime.parse(payload.get("time").asString()),
                payload.get("type").asString(), payload.get("body"));
    }

    private Duration nextBackoff() {
        Duration current = backoff;
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(retryMax) > 0 ? retryMax : doubled;
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, current.toMillis() / 5));
        return current.plusMillis(jitter);
    }

    /**
     * Waits. An idle wait ends early when new reports arrive; a backoff wait does not, so a console
     * that is down is not hammered by every new report.
     */
    private void pause(Duration wait, boolean wakeable) {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            while (running && !(wakeable && wakeRequested)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                work.awaitNanos(left);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** The wait before the next attempt after a failure. */
    Duration backoff() {
        return backoff;
    }

    public Instant lastDelivery() {
        return lastDelivery;
    }

    public String lastError() {
        return lastError;
    }
}
