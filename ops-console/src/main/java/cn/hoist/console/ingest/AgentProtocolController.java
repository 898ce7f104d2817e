package cn.hoist.console.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.fleet.AgentInfo;
import cn.hoist.console.fleet.EnrolledAgent;
import cn.hoist.console.fleet.EnrollmentService;
import cn.hoist.console.ingest.internal.ProtocolSchemas;
import cn.hoist.console.ingest.internal.ReportBatch;
import cn.hoist.console.ingest.internal.ReportBodies;
import cn.hoist.console.ingest.internal.ReportTimes;
import cn.hoist.platform.web.ProblemException;
import cn.hoist.platform.web.ProblemTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The agent protocol, version 1 (docs/protocol/v1). */
@RestController
@RequestMapping("/api/agent/v1")
@Hidden
class AgentProtocolController {

    static final int PROTOCOL = 1;
    static final int EARLIEST_YEAR = 2000;
    static final Duration LATEST_AHEAD = Duration.ofDays(1);

    private final ProtocolSchemas schemas;
    private final ReportBodies bodies;
    private final EnrollmentService enrollment;
    private final ReportIngestService ingest;
    private final Counter invalid;
    private final Clock clock;

    AgentProtocolController(ProtocolSchemas schemas, ReportBodies bodies, EnrollmentService enrollment,
            ReportIngestService ingest, MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.schemas = schemas;
        this.bodies = bodies;
        this.enrollment = enrollment;
        this.ingest = ingest;
        this.invalid = meters.counter("hoist.ingest.rejected", "reason", "invalid");
    }

    @PostMapping("/enroll")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> enroll(@RequestBody JsonNode request) {
        validate("enroll-request", request);
        JsonNode agent = request.get("agent");
        EnrolledAgent enrolled = enrollment.enroll(request.get("code").asString(), new AgentInfo(
                agent.get("hostname").asString(), agent.get("os").asString(), agent.get("agentVersion").asString()));
        return Map.of("protocol", PROTOCOL, "agentId", enrolled.agentId().toString(),
                "shopId", enrolled.shopId().toString(), "shopName", enrolled.shopName(),
                "credential", enrolled.credential());
    }

    @PostMapping("/reports")
    Map<String, Object> reports(@AuthenticationPrincipal AgentIdentity agent, @RequestBody ReportBatch request) {
        JsonNode batch = request.tree();
        checkProtocol(batch);
        reject(schemas.validateBatch(batch));
        JsonNode items = batch.get("reports");
        List<Report> reports = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode r = items.get(i);
            String type = r.get("type").asString();
            reports.add(new Report(r.get("seq").asLong(), time(i, r.get("time").asString()), type,
                    body(i, type, r.get("body"), request.bodyJson().get(i))));
        }
        Long gapFrom = batch.has("gapFrom") ? batch.get("gapFrom").asLong() : null;
        ReportIngestService.Ack ack = ingest.ingest(agent, UUID.fromString(batch.get("agentId").asString()), reports,
                gapFrom);
        return Map.of("protocol", PROTOCOL, "acceptedThrough", ack.acceptedThrough(), "accepted", ack.accepted(),
                "duplicates", ack.duplicates());
    }

    /**
     * The report's body record. What the schema allows but the record cannot hold (an integer beyond 64
     * bits) is refused like a schema violation, so the agent sets the report aside instead of retrying it.
     */
    private ReportBody body(int index, String type, JsonNode body, Map<String, String> structText) {
        try {
            return bodies.read(type, body, structText);
        } catch (JacksonException e) {
            reject(List.of(new ProtocolSchemas.Violation("/reports/" + index + "/body", e.getOriginalMessage())));
            throw e;
        }
    }

    /**
     * The report's time, if an agent's clock can mean it: from 2000 to a day after the console's own time (a clock
     * a little ahead is drift, which monitoring reports; 9999-12-31 or year 0 is a broken clock or a forged report).
     */
    private OffsetDateTime time(int index, String text) {
        OffsetDateTime time;
        try {
            time = ReportTimes.parse(text);
        } catch (DateTimeException e) {
            reject(List.of(new ProtocolSchemas.Violation("/reports/" + index + "/time", "not an RFC 3339 time")));
            throw e;
        }
        if (time.getYear() < EARLIEST_YEAR || time.toInstant().isAfter(clock.instant().plus(LATEST_AHEAD))) {
            reject(List.of(new ProtocolSchemas.Violation("/reports/" + index + "/time",
                    "outside " + EARLIEST_YEAR + "-01-01 .. one day after the console's time")));
        }
        return time;
    }

    private void validate(String schema, JsonNode message) {
        checkProtocol(message);
        reject(schemas.validate(schema, message));
    }

    private static void checkProtocol(JsonNode message) {
        if (message.has("protocol") && message.get("protocol").isInt() && message.get("protocol").asInt() != PROTOCOL) {
            throw new ProblemException(ProblemTypes.of("protocol-unsupported"), HttpStatus.BAD_REQUEST,
                    "agent.protocolUnsupported", message.get("protocol").asInt(), PROTOCOL);
        }
    }

    private void reject(List<ProtocolSchemas.Violation> violations) {
        if (!violations.isEmpty()) {
            invalid.increment();
            ProtocolSchemas.Violation first = violations.get(0);
            throw new ProblemException(ProblemTypes.of("invalid-report"), HttpStatus.BAD_REQUEST,
                    "agent.invalidReport",
                    Map.of("errors", violations.stream()
                            .map(v -> Map.of("field", v.location(), "message", v.message())).toList()),
                    first.location() + ": " + first.message());
        }
    }
}
