package cn.hoist.console.monitoring.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.Report;
import cn.hoist.console.ingest.ReportHandler;
import cn.hoist.platform.Timestamps;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/** {@code event} reports: stored for the agent's own shop, in one batch per run of events. */
@Component
class EventHandler implements ReportHandler {

    private final EventRepository events;
    private final Clock clock;
    private final MeterRegistry meters;

    EventHandler(EventRepository events, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public String type() {
        return "event";
    }

    @Override
    public void handle(AgentIdentity agent, Report report) {
        handleAll(agent, List.of(report));
    }

    @Override
    public void handleAll(AgentIdentity agent, List<Report> reports) {
        List<EventRepository.EventRow> rows = reports.stream().map(EventHandler::row).toList();
        events.insert(agent.shopId(), agent.agentId(), rows, Timestamps.now(clock));
        rows.forEach(row -> meters.counter("hoist.monitoring.events", "severity", row.severity()).increment());
    }

    private static EventRepository.EventRow row(Report report) {
        JsonNode body = report.body();
        JsonNode device = body.get("device");
        return new EventRepository.EventRow(device == null ? null : device.asString(), body.get("kind").asString(),
                body.get("severity").asString(), body.get("message").asString(), report.bodyJson().get("attributes"),
                report.time());
    }
}
