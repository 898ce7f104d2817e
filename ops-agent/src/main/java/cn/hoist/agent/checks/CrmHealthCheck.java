package cn.hoist.agent.checks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CRM's Spring Boot health endpoint on this host: UP is OK, anything else (DOWN, OUT_OF_SERVICE, no answer) is
 * CRITICAL, because the shop cannot take work orders. Metric {@code crm_health_up} (1/0).
 */
public record CrmHealthCheck(String name, URI url, Duration timeout) implements Check {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public CheckOutcome run() {
        CheckOutcome.Builder out = new CheckOutcome.Builder().property("url", url.toString());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(timeout).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            out.metric("crm_health_up", Map.of(), 0, "");
            return out.status(CheckStatus.CRITICAL, "CRM not answering: " + Failures.describe(e, url.getAuthority()))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return out.status(CheckStatus.UNKNOWN, "interrupted").build();
        }
        String status = statusOf(response.body());
        boolean up = response.statusCode() == 200 && "UP".equals(status);
        out.metric("crm_health_up", Map.of(), up ? 1 : 0, "").property("health", status);
        return up ? out.message("CRM is UP").build()
                : out.status(CheckStatus.CRITICAL, "CRM health is " + (status == null ? "unknown" : status) + " (HTTP "
                        + response.statusCode() + ")").build();
    }

    private static String statusOf(String body) {
        try {
            JsonNode status = JSON.readTree(body).path("status");
            return status.isString() ? status.asString() : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
