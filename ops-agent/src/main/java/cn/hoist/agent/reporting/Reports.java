package cn.hoist.agent.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.reporting.internal.Spool;
import cn.hoist.platform.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the agent's features hand in reports. {@link #submit} returns once the report is on disk;
 * from then on it reaches the console exactly once, in order, however long the console is away.
 *
 * <p>Past the spool's size cap, reports of bulky types (check results, inventories) are dropped and
 * counted, while heartbeats and events still go in (up to 10% more); when the spool has room again,
 * an {@code event} of kind {@code spool-overflow} tells the console how many were dropped and when.
 * Reports that many threads make in bursts (check results) go through the {@link ReportBuffer} instead.
 */
public class Reports {

    /** Reports that are never dropped before the hard cap: they are few, small and matter most. */
    static final Set<Class<? extends ReportBody>> ESSENTIAL = Set.of(Heartbeat.class, Event.class);

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final Spool spool;
    private final JsonMapper json;
    private final Clock clock;
    private final long softCap;
    private final long hardCap;
    private final Runnable wakeSender;
    private final Counter dropped;
    private long droppedSinceOverflow;
    private OffsetDateTime overflowSince;

    public Reports(Spool spool, JsonMapper json, Clock clock, long capBytes, Runnable wakeSender, MeterRegistry meters) {
        this.spool = spool;
        this.json = json;
        this.clock = clock;
        this.softCap = capBytes;
        this.hardCap = capBytes + capBytes / 10;
        this.wakeSender = wakeSender;
        this.dropped = meters.counter("hoist.agent.spool.dropped");
    }

    /** Writes one report durably; returns false if the spool was full and it was dropped (and counted). */
    public boolean submit(ReportBody body) {
        return submitAll(List.of(body)) == 1;
    }

    /** Writes several reports durably in one disk flush; returns how many were kept. */
    public synchronized int submitAll(List<? extends ReportBody> bodies) {
        OffsetDateTime now = Timestamps.now(clock);
        List<byte[]> payloads = new ArrayList<>();
        long size = spool.sizeBytes();
        int kept = 0;
        for (ReportBody body : bodies) {
            long cap = ESSENTIAL.contains(body.getClass()) ? hardCap : softCap;
            byte[] payload = payload(now, body);
            if (size + payload.length > cap) {
                noteDropped(now);
                continue;
            }
            payloads.add(payload);
            size += payload.length;
            kept++;
        }
        if (overflowSince != null && size < softCap * 9 / 10) {
            payloads.add(payload(now, overflowEvent(now)));
            log.warn("Report spool has room again after dropping {} reports since {}", droppedSinceOverflow,
                    overflowSince);
            droppedSinceOverflow = 0;
            overflowSince = null;
        }
        if (!payloads.isEmpty()) {
            spool.append(payloads);
            wakeSender.run();
        }
        return kept;
    }

    private void noteDropped(OffsetDateTime now) {
        if (overflowSince == null) {
            overflowSince = now;
            log.error("Report spool is full ({} bytes, cap {}): the console has not taken reports for a while; "
                    + "dropping check results until it does, and the console will be told how many", spool.sizeBytes(),
                    softCap);
        }
        droppedSinceOverflow++;
        dropped.increment();
    }

    private Event overflowEvent(OffsetDateTime now) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("dropped", String.valueOf(droppedSinceOverflow));
        attributes.put("from", overflowSince.toString());
        attributes.put("to", now.toString());
        return new Event("spool-overflow", "WARNING", "The agent's report spool was full; " + droppedSinceOverflow
                + " reports were dropped between " + overflowSince + " and " + now, null, attributes);
    }

    private byte[] payload(OffsetDateTime now, ReportBody body) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("time", now.toString());
        payload.put("type", ReportType.of(body));
        payload.put("body", body);
        return json.writeValueAsBytes(payload);
    }
}
