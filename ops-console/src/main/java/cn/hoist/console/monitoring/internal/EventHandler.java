package cn.hoist.console.monitoring.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.EventBody;
import cn.hoist.console.ingest.EventsReceived;
import cn.hoist.console.ingest.JsonText;
import cn.hoist.console.ingest.Received;
import cn.hoist.console.monitoring.DeviceEventReceived;
import cn.hoist.platform.Timestamps;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code event} reports: stored for the agent's own shop, in one batch per run of events, inside the
 * ingest transaction; each is then announced as a {@link DeviceEventReceived} in the same transaction.
 */
@Component
class EventHandler {

    private final EventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final MeterRegistry meters;

    EventHandler(EventRepository events, ApplicationEventPublisher publisher, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.meters = meters;
    }

    @EventListener
    void on(EventsReceived received) {
        AgentIdentity agent = received.agent();
        List<EventRepository.EventRow> rows = received.reports().stream().map(EventHandler::row).toList();
        events.insert(agent.shopId(), agent.agentId(), rows, Timestamps.now(clock));
        rows.forEach(row -> meters.counter("hoist.monitoring.events", "severity", row.severity()).increment());
        for (Received<EventBody> report : received.reports()) {
            EventBody body = report.body();
            publisher.publishEvent(new DeviceEventReceived(agent.shopId(), agent.agentId(), body.device(), body.kind(),
                    body.severity(), body.message(), body.attributes(), report.time()));
        }
    }

    private static EventRepository.EventRow row(Received<EventBody> report) {
        EventBody body = report.body();
        return new EventRepository.EventRow(body.device(), body.kind(), body.severity().name(), body.message(),
                JsonText.of(body.attributes()), report.time());
    }
}
