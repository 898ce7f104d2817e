package cn.hoist.agent.enrollment;

import java.net.URI;
import java.time.OffsetDateTime;

/** What enrollment gave this agent: who it is, for which shop, and the secret it reports with. */
public record Credential(URI console, String agentId, String shopId, String shopName, String secret,
        OffsetDateTime enrolledAt) {

    @Override
    public String toString() {
        return "Credential[console=" + console + ", agentId=" + agentId + ", shopId=" + shopId + ", shopName="
                + shopName + ", secret=***, enrolledAt=" + enrolledAt + "]";
    }
}
