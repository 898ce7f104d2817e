package cn.hoist.console.fleet;

/** Where an agent stands, as its heartbeats tell. */
public enum AgentStatus {
    /** Enrolled, no heartbeat yet. */
    PENDING,
    ONLINE,
    /** No heartbeat within the configured time. */
    OFFLINE,
    /** Its credential was revoked; it can no longer report. */
    REVOKED
}
