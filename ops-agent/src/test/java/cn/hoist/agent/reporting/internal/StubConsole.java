package cn.hoist.agent.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.hoist.agent.protocol.ProtocolSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the console's report endpoint, for driving the sender through failures the real
 * console rarely produces on demand (a refused report, a 500). It checks every batch against the
 * protocol schema, deduplicates by sequence number and refuses a hole in the numbers (409 with expectedSeq,
 * unless the batch declares it with gapFrom) as the console does. End-to-end tests use the real console.
 */
final class StubConsole implements AutoCloseable {

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    final List<JsonNode> processed = new CopyOnWriteArrayList<>();
    final List<String> schemaViolations = new CopyOnWriteArrayList<>();
    final AtomicLong lastSeq = new AtomicLong();
    /** Decides the answer to a batch: null to process it, else a status code. */
    volatile Function<JsonNode, Integer> failWith = batch -> null;
    /** Process the next batch but answer 502, as when the acknowledgement is lost on the way back. */
    volatile boolean loseNextAnswer;

    StubConsole() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/agent/v1/reports", this::reports);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void reports(HttpExchange exchange) throws IOException {
        JsonNode batch = json.readTree(exchange.getRequestBody().readAllBytes());
        schemaViolations.addAll(ProtocolSchema.violations("report-batch", batch));
        Integer failure = failWith.apply(batch);
        if (failure != null) {
            respond(exchange, failure, Map.of("type", "urn:hoist:problem:test", "title", "t", "status", failure,
                    "detail", "refused by the stub"));
            return;
        }
        long expected = lastSeq.get() + 1;
        for (JsonNode report : batch.get("reports")) {
            long seq = report.get("seq").asLong();
            if (seq > expected && !(seq == batch.get("reports").get(0).get("seq").asLong()
                    && batch.path("gapFrom").asLong(-1) == expected)) {
                respond(exchange, 409, Map.of("type", "urn:hoist:problem:report-sequence-gap", "title", "t",
                        "status", 409, "detail", "gap", "expectedSeq", expected));
                return;
            }
            expected = Math.max(expected, seq + 1);
        }
        int accepted = 0;
        int duplicates = 0;
        for (JsonNode report : batch.get("reports")) {
            if (report.get("seq").asLong() <= lastSeq.get()) {
                duplicates++;
            } else {
                processed.add(report);
                lastSeq.set(report.get("seq").asLong());
                accepted++;
            }
        }
        if (loseNextAnswer) {
            loseNextAnswer = false;
            respond(exchange, 502, Map.of("type", "urn:hoist:problem:test", "title", "t", "status", 502));
            return;
        }
        respond(exchange, 200, Map.of("protocol", 1, "acceptedThrough", lastSeq.get(), "accepted", accepted,
                "duplicates", duplicates));
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        if (status == 429) {
            exchange.getResponseHeaders().add("Retry-After", "7");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
