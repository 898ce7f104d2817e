package cn.hoist.agent.protocol;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * The protocol's messages (docs/protocol/v1), as the agent writes and reads them; report bodies are
 * {@link cn.hoist.agent.reporting.ReportBody reporting's}, and reach this module as JSON.
 */
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

    /** {@code gapFrom}: null, or the first of the report numbers this agent declares lost (see the schema). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportBatch(int protocol, String agentId, OffsetDateTime sentAt, Long gapFrom, List<Report> reports) {
    }

    public record ReportAck(int protocol, long acceptedThrough, int accepted, int duplicates) {
    }
}
