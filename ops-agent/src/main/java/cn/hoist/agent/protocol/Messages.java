package cn.hoist.agent.protocol;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/** The protocol's messages (docs/protocol/v1), as the agent writes and reads them. */
public final class Messages {

    public static final int PROTOCOL = 1;

    private Messages() {
    }

    public record AgentInfo(String hostname, String os, String agentVersion) {
    }

    public record EnrollRequest(int protocol, String code, AgentInfo agent) {

        @Override
        public String toString() {
            return "EnrollRequest[protocol=" + protocol + ", code=***, agent=" + agent + "]";
        }
    }

    public record EnrollResponse(int protocol, String agentId, String shopId, String shopName, String credential) {

        @Override
        public String toString() {
            return "EnrollResponse[agentId=" + agentId + ", shopId=" + shopId + ", shopName=" + shopName
                    + ", credential=***]";
        }
    }

    /** One spooled report: its sequence number, when it was made, its type and body. */
    public record Report(long seq, OffsetDateTime time, String type, JsonNode body) {
    }

    public record ReportBatch(int protocol, String agentId, OffsetDateTime sentAt, List<Report> reports) {
    }

    public record ReportAck(int protocol, long acceptedThrough, int accepted, int duplicates) {
    }

    /** The heartbeat report's body. */
    public record Heartbeat(String agentVersion, String hostname, String os, long uptimeSeconds) {
    }

    /** The event report's body: something the console should know at once. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String kind, String severity, String message, String device, Map<String, String> attributes) {
    }

    /** The check-result report's body: one check of one device at one time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckResult(String device, String check, String status, String message, Long durationMs,
            List<Metric> metrics, Map<String, String> properties) {
    }

    /** One measured value of a check result, named Prometheus-style. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metric(String name, Map<String, String> labels, double value, String unit) {
    }

    /** The inventory report's body: every device the agent watches. */
    public record Inventory(List<InventoryDevice> devices) {
    }

    /** One watched device and the names of its checks. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InventoryDevice(String name, String kind, String address, List<String> checks) {
    }
}
