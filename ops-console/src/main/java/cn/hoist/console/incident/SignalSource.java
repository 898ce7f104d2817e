package cn.hoist.console.incident;

/** Where a signal comes from. */
public enum SignalSource {
    /** The fleet: an agent's status (ONLINE, OFFLINE, REVOKED). */
    AGENT,
    /** Monitoring: a device's state, the worst status of its checks. */
    DEVICE,
    /** Monitoring: an event an agent reported (link-down, ups-on-battery, spool-overflow...). */
    DEVICE_EVENT,
    /** Spring Boot Admin: a CRM instance's status (UP, DOWN, OFFLINE...). */
    CRM_INSTANCE
}
