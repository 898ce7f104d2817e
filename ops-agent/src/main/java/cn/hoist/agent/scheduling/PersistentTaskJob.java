package cn.hoist.agent.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class of the agent: runs the {@link PersistentTask} its job key names. Quartz creates it per run
 * through Spring (constructor injection). {@code @DisallowConcurrentExecution}: a run that is still going when the
 * next time comes delays that next run rather than running beside it.
 */
@DisallowConcurrentExecution
final class PersistentTaskJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(PersistentTaskJob.class);

    private final PersistentTasks tasks;

    PersistentTaskJob(PersistentTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String key = context.getJobDetail().getKey().getName();
        PersistentTask task = tasks.find(key).orElse(null);
        if (task == null) {
            log.warn("Persistent job {} has no task in this version of the agent; deleting it", key);
            try {
                context.getScheduler().deleteJob(context.getJobDetail().getKey());
            } catch (SchedulerException e) {
                log.error("Cannot delete persistent job {}", key, e);
            }
            return;
        }
        long started = System.nanoTime();
        try {
            task.run();
            log.debug("Persistent job {} done in {} ms", key, (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Persistent job {} was interrupted (the agent is stopping)", key);
        } catch (Exception e) {
            // Logged here, not thrown: Quartz would log it again, and the job stays scheduled either way.
            log.error("Persistent job {} failed; it runs again at its next time", key, e);
        }
    }
}
