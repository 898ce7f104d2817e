package cn.hoist.console.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.fleet.AgentEnrolled;
import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.internal.ReportBodies;
import cn.hoist.console.ingest.internal.ReportStreams;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;
import cn.hoist.platform.web.ProblemTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Processes report batches exactly once: under a lock on the agent's stream, reports at or below
 * the last processed sequence number are counted as duplicates and skipped, the rest are handed on
 * in order as events (one per run of consecutive reports of a type: {@link CheckResultsReceived},
 * {@link EventsReceived}, ...), and the new high-water mark is stored in the same transaction. The
 * modules that store reports listen synchronously, inside this transaction, so an acknowledged report
 * is stored; reactions to what they store go through the event publication registry.
 */
@Service
public class ReportIngestService {

    private static final Logger log = LoggerFactory.getLogger(ReportIngestService.class);
    /** The problem type of a batch that does not continue the agent's stream; its {@code expectedSeq} says where. */
    public static final java.net.URI SEQUENCE_GAP = ProblemTypes.of("report-sequence-gap");

    private final ReportStreams streams;
    private final ReportBodies bodies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    ReportIngestService(ReportStreams streams, ReportBodies bodies, ApplicationEventPublisher events, Clock clock,
            MeterRegistry meters) {
        this.streams = streams;
        this.bodies = bodies;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Stores what follows the agent's stream without a hole. A report numbered past the next expected one is
     * refused with the whole batch (409 {@code report-sequence-gap}, naming {@code expectedSeq}) unless the agent
     * declares the missing numbers lost ({@code gapFrom} equal to the expected number): so a batch that overtook an
     * earlier one is never acknowledged in its place, and a wild number never swallows the reports after it.
     */
    @Transactional
    public Ack ingest(AgentIdentity agent, UUID batchAgentId, List<Report> reports, Long gapFrom) {
        if (!agent.agentId().equals(batchAgentId)) {
            throw new ProblemException(ProblemTypes.FORBIDDEN, HttpStatus.FORBIDDEN, "agent.wrongAgent");
        }
        OffsetDateTime now = Timestamps.now(clock);
        long last = streams.lockLastSeq(agent.agentId());
        List<Report> fresh = new ArrayList<>(reports.size());
        long gaps = 0;
        int duplicates = 0;
        for (Report report : reports.stream().sorted(Comparator.comparingLong(Report::seq)).toList()) {
            if (report.seq() <= last) {
                duplicates++;
                continue;
            }
            if (report.seq() > last + 1) {
                if (!fresh.isEmpty() || gapFrom == null || gapFrom != last + 1) {
                    counter("hoist.ingest.gaps", "refused").increment();
                    throw new ProblemException(SEQUENCE_GAP, HttpStatus.CONFLICT, "agent.sequenceGap",
                            Map.of("expectedSeq", last + 1), last + 1, report.seq());
                }
                log.warn("Agent {} declared report numbers {} to {} lost on its side", agent.agentId(), last + 1,
                        report.seq() - 1);
                gaps += report.seq() - last - 1;
            }
            fresh.add(report);
            last = report.seq();
        }
        dispatch(agent, fresh);
        streams.advance(agent.agentId(), last, fresh.size(), gaps, now);
        counter("hoist.ingest.gaps", "gap").increment(gaps);
        counter("hoist.ingest.reports", "accepted").increment(fresh.size());
        counter("hoist.ingest.reports", "duplicate").increment(duplicates);
        return new Ack(last, fresh.size(), duplicates);
    }

    /** The agent's stream: how far its reports have been processed. */
    @Transactional(readOnly = true)
    public ReportStream stream(UUID agentId) {
        return streams.find(agentId).orElseThrow(() -> ProblemException.notFound("agent.notFound", agentId));
    }

    /** Publishes runs of consecutive reports of one type, keeping the agent's order. */
    private void dispatch(AgentIdentity agent, List<Report> reports) {
        int start = 0;
        while (start < reports.size()) {
            String type = reports.get(start).type();
            int end = start + 1;
            while (end < reports.size() && reports.get(end).type().equals(type)) {
                end++;
            }
            handle(agent, type, reports.subList(start, end));
            start = end;
        }
    }

    private void handle(AgentIdentity agent, String type, List<Report> run) {
        if (run.get(0).body() == null) {
            // An agent newer than this console: acknowledge, so its spool is not blocked, and say so.
            log.warn("Agent {} sent {} report(s) of unknown type '{}' (seq {}); skipped", agent.agentId(), run.size(),
                    type, run.get(0).seq());
            counter("hoist.ingest.reports", "unknown-type").increment(run.size());
            return;
        }
        events.publishEvent(bodies.event(type, agent,
                run.stream().map(r -> new Received<>(r.seq(), r.time(), r.body())).toList()));
        meters.counter("hoist.ingest.processed", "type", type).increment(run.size());
    }

    @EventListener
    void onEnrolled(AgentEnrolled enrolled) {
        streams.create(enrolled.agentId(), enrolled.at());
    }

    private Counter counter(String name, String outcome) {
        return meters.counter(name, "outcome", outcome);
    }

    /** What a batch came to: the highest processed sequence number, and this batch's counts. */
    public record Ack(long acceptedThrough, int accepted, int duplicates) {
    }
}
