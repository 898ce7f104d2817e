package cn.hoist.agent.monitoring;

/** Something the scheduler starts when it is due: an SNMP poll of a device, or a check. */
interface Job {

    /** Unique among jobs: device name and check. */
    String key();

    /** True when {@code other} does the same work with the same settings, so this job (and its state) can stay. */
    boolean sameAs(Job other);

    /** True when it is not running and its time has come. */
    boolean due(long nowNanos);

    /** Starts it without blocking the scheduler. */
    void start(long nowNanos);

    /** It was removed from the configuration. */
    default void removed() {
    }
}
