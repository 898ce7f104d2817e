package cn.hoist.console.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.CheckResultBody;
import cn.hoist.console.ingest.CheckResultsReceived;
import cn.hoist.console.ingest.EventBody;
import cn.hoist.console.ingest.EventsReceived;
import cn.hoist.console.ingest.HeartbeatBody;
import cn.hoist.console.ingest.HeartbeatsReceived;
import cn.hoist.console.ingest.InventoriesReceived;
import cn.hoist.console.ingest.InventoryBody;
import cn.hoist.console.ingest.JsonText;
import cn.hoist.console.ingest.Received;
import cn.hoist.console.ingest.ReportBody;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report types this console knows: the one place where a protocol type name meets its body
 * record and the event that hands a run of such reports on. Bodies are read with Jackson from the
 * validated tree; their object and array fields come from the text the agent sent (injected as
 * {@link JsonText}), not from the tree.
 */
@Component
public class ReportBodies {

    private final Map<String, Kind<?>> kinds;

    public ReportBodies(JsonMapper json) {
        this.kinds = Map.of(
                "heartbeat", new Kind<>(json.readerFor(HeartbeatBody.class), HeartbeatBody.class, HeartbeatsReceived::new),
                "check-result", new Kind<>(json.readerFor(CheckResultBody.class), CheckResultBody.class,
                        CheckResultsReceived::new),
                "event", new Kind<>(json.readerFor(EventBody.class), EventBody.class, EventsReceived::new),
                "inventory", new Kind<>(json.readerFor(InventoryBody.class), InventoryBody.class,
                        InventoriesReceived::new));
    }

    /**
     * The body of a report of {@code type}, or null when the type is unknown here.
     *
     * @param structText the body's object and array fields as the JSON text the agent sent, by field name
     */
    public ReportBody read(String type, JsonNode body, Map<String, String> structText) {
        Kind<?> kind = kinds.get(type);
        if (kind == null) {
            return null;
        }
        InjectableValues.Std texts = new InjectableValues.Std();
        structText.forEach((name, text) -> texts.addValue(name, new JsonText(text)));
        return kind.reader().with(texts).readValue(body);
    }

    /** The event that hands on a run of reports of {@code type}, all with bodies of that type. */
    public Object event(String type, AgentIdentity agent, List<Received<ReportBody>> run) {
        Kind<?> kind = kinds.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown report type " + type);
        }
        return kind.event(agent, run);
    }

    private record Kind<B extends ReportBody>(ObjectReader reader, Class<B> body,
            BiFunction<AgentIdentity, List<Received<B>>, Object> factory) {

        Object event(AgentIdentity agent, List<Received<ReportBody>> run) {
            List<Received<B>> typed = run.stream()
                    .map(r -> new Received<>(r.seq(), r.time(), body.cast(r.body()))).toList();
            return factory.apply(agent, typed);
        }
    }
}
