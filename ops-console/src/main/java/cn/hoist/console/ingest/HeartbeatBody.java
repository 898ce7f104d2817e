package cn.hoist.console.ingest;

/** A {@code heartbeat} report: the agent is alive, and the facts of its host. */
public record HeartbeatBody(String agentVersion, String hostname, String os, long uptimeSeconds) implements ReportBody {
}
