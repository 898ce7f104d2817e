package cn.hoist.console.fleet;

import java.util.UUID;

/** The result of an enrollment: the agent's identity and its credential, shown only this once. */
public record EnrolledAgent(UUID agentId, UUID shopId, String shopName, String credential) {

    @Override
    public String toString() {
        return "EnrolledAgent[agentId=" + agentId + ", shopId=" + shopId + ", shopName=" + shopName
                + ", credential=***]";
    }
}
