package cn.hoist.agent.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the console over HTTP(S): enrollment (no credential) and report batches (bearer
 * credential). Errors come back as {@link ConsoleException} with the console's problem detail as
 * message.
 */
public class ConsoleClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI console;
    private final JsonMapper json;
    private final HttpClient http;

    /** {@code console} is the console's base address; paths resolve against it, so it may sit under a proxy prefix. */
    public ConsoleClient(URI console, JsonMapper json) {
        String base = console.toString();
        this.console = URI.create(base.endsWith("/") ? base : base + "/");
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static JsonMapper defaultJson() {
        return JsonMapper.builder().build();
    }

    public Messages.EnrollResponse enroll(Messages.EnrollRequest request) {
        return post("api/agent/v1/enroll", null, request, Messages.EnrollResponse.class);
    }

    public Messages.ReportAck send(String credential, Messages.ReportBatch batch) {
        return post("api/agent/v1/reports", credential, batch, Messages.ReportAck.class);
    }

    private <T> T post(String path, String credential, Object body, Class<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(console.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", "hoist-ops-agent")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConsoleException(ConsoleException.Kind.UNREACHABLE, 0,
                    "cannot reach the console at " + console + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException(ConsoleException.Kind.UNREACHABLE, 0, "interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return json.readValue(response.body(), answer);
        }
        String detail = problemDetail(response.body()).orElse("HTTP " + status);
        Long expectedSeq = status == 409 ? expectedSeq(response.body()) : null;
        if (expectedSeq != null) {
            throw new ConsoleException(ConsoleException.Kind.SEQUENCE_GAP, status, detail, null, null, expectedSeq);
        }
        ConsoleException.Kind kind = status == 401 ? ConsoleException.Kind.UNAUTHORIZED
                : status == 429 ? ConsoleException.Kind.RATE_LIMITED
                : status >= 500 || status == 404 ? ConsoleException.Kind.UNREACHABLE
                : ConsoleException.Kind.REJECTED;
        throw new ConsoleException(kind, status, detail, null, retryAfter(response));
    }

    /** Retry-After in seconds (the form the console uses); an HTTP date is ignored. */
    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(null);
    }

    /** The expectedSeq of a report-sequence-gap problem, or null for any other answer. */
    private Long expectedSeq(String body) {
        try {
            JsonNode problem = json.readTree(body);
            return problem.path("type").asString("").endsWith(":report-sequence-gap")
                    && problem.path("expectedSeq").canConvertToLong() ? problem.get("expectedSeq").asLong() : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private java.util.Optional<String> problemDetail(String body) {
        try {
            JsonNode problem = json.readTree(body);
            JsonNode detail = problem.path("detail");
            return detail.isString() ? java.util.Optional.of(detail.asString()) : java.util.Optional.empty();
        } catch (JacksonException notJson) {
            return java.util.Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
