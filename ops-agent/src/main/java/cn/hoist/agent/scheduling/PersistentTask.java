package cn.hoist.agent.scheduling;

/**
 * The work of a persistent job: a Spring bean of the feature that owns it. Its {@link #key()} is stored with the job
 * in the agent's database, so it must never change between versions (a renamed key is a new job, and the old one is
 * deleted, with a warning, when it next fires). {@link JobScheduler#persistent} gives it its schedule.
 */
public interface PersistentTask {

    /** Stable and unique among persistent tasks, e.g. {@code backup.daily}. */
    String key();

    /**
     * Does the work, on a scheduler thread; never called again while a run is still going. A failure is logged with
     * the key and the job stays scheduled; the feature reports its own failures to the console.
     */
    void run() throws Exception;
}
