package cn.hoist.console;

import java.util.Map;

import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** Steps many console tests share: an admin, a shop, an enrolled agent. */
public final class ConsoleTestSupport {

    public static final String ADMIN_PASSWORD = "test-admin-password-0001";

    private ConsoleTestSupport() {
    }

    public static String createShop(HttpTester http, String name) {
        var response = http.post("/api/shops").basic("admin", ADMIN_PASSWORD).json(Map.of("name", name)).send();
        if (response.status() != 201) {
            throw new AssertionError(response.toString());
        }
        return response.json().get("id").asString();
    }

    public static String issueCode(HttpTester http, String shopId) {
        var response = http.post("/api/shops/" + shopId + "/enrollment-codes").basic("admin", ADMIN_PASSWORD).send();
        if (response.status() != 201) {
            throw new AssertionError(response.toString());
        }
        return response.json().get("code").asString();
    }

    public static JsonNode enroll(HttpTester http, String code) {
        var response = http.post("/api/agent/v1/enroll").json(Map.of("protocol", 1, "code", code,
                "agent", Map.of("hostname", "shop-server", "os", "Linux 6.1 (amd64)", "agentVersion", "0.1.0"))).send();
        if (response.status() != 201) {
            throw new AssertionError(response.toString());
        }
        return response.json();
    }

    /** A new shop with one enrolled agent. */
    public static TestAgent newAgent(HttpTester http, String shopName) {
        String shop = createShop(http, shopName);
        JsonNode enrolled = enroll(http, issueCode(http, shop));
        return new TestAgent(shop, enrolled.get("agentId").asString(), enrolled.get("credential").asString());
    }

    public static Map<String, Object> report(long seq, String time, String type, Map<String, Object> body) {
        return Map.of("seq", seq, "time", time, "type", type, "body", body);
    }

    public static Map<String, Object> checkResult(String device, String check, String status,
            java.util.List<Map<String, Object>> metrics) {
        return Map.of("device", device, "check", check, "status", status, "durationMs", 12, "metrics", metrics);
    }

    public static Map<String, Object> metric(String name, double value, String... labels) {
        Map<String, String> labelMap = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            labelMap.put(labels[i], labels[i + 1]);
        }
        return Map.of("name", name, "labels", labelMap, "value", value);
    }

    /** An enrolled agent of its own shop, and how it sends reports. */
    public record TestAgent(String shopId, String agentId, String credential) {

        public HttpTester.Response send(HttpTester http, java.util.List<Map<String, Object>> reports) {
            return http.post("/api/agent/v1/reports").bearer(credential).json(Map.of("protocol", 1,
                    "agentId", agentId, "sentAt", "2026-11-23T09:30:05Z", "reports", reports)).send();
        }

        /** Sends, declaring the reports from {@code gapFrom} up to the batch's first lost on the agent's side. */
        public HttpTester.Response send(HttpTester http, java.util.List<Map<String, Object>> reports, long gapFrom) {
            return http.post("/api/agent/v1/reports").bearer(credential).json(Map.of("protocol", 1,
                    "agentId", agentId, "sentAt", "2026-11-23T09:30:05Z", "gapFrom", gapFrom, "reports", reports))
                    .send();
        }

        /** Sends and insists the console accepted the batch. */
        public JsonNode sendOk(HttpTester http, java.util.List<Map<String, Object>> reports) {
            var response = send(http, reports);
            if (response.status() != 200) {
                throw new AssertionError(response.toString());
            }
            return response.json();
        }
    }

    public static Map<String, Object> heartbeatBatch(String agentId, long... seqs) {
        return Map.of("protocol", 1, "agentId", agentId, "sentAt", "2026-11-23T09:30:05Z", "reports", heartbeats(seqs));
    }

    public static java.util.List<Map<String, Object>> heartbeats(long... seqs) {
        return java.util.Arrays.stream(seqs).mapToObj(seq -> report(seq, "2026-11-23T09:30:00Z", "heartbeat",
                Map.of("agentVersion", "0.1.0", "hostname", "shop-server", "os", "Linux 6.1 (amd64)",
                        "uptimeSeconds", 60 * seq))).toList();
    }
}
