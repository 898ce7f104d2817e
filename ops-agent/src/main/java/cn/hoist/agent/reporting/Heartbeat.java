package cn.hoist.agent.reporting;

/**
 * The heartbeat report's body: the agent is alive.
 *
 * @param agentVersion  the agent's version
 * @param hostname      its host's name
 * @param os            its operating system
 * @param uptimeSeconds seconds since the agent process started
 */
public record Heartbeat(String agentVersion, String hostname, String os, long uptimeSeconds) implements ReportBody {
}
