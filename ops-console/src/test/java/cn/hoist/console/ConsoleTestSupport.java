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

    public static Map<String, Object> heartbeatBatch(String agentId, long... seqs) {
        var reports = java.util.Arrays.stream(seqs).mapToObj(seq -> Map.of("seq", seq, "time", "2026-11-23T09:30:00Z",
                "type", "heartbeat", "body", Map.of("agentVersion", "0.1.0", "hostname", "shop-server",
                        "os", "Linux 6.1 (amd64)", "uptimeSeconds", 60 * seq))).toList();
        return Map.of("protocol", 1, "agentId", agentId, "sentAt", "2026-11-23T09:30:05Z", "reports", reports);
    }
}
