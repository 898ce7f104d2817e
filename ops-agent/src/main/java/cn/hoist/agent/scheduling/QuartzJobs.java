package cn.hoist.agent.scheduling;

import java.time.Instant;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The persistent flavour on Quartz's JDBC job store. One job and one trigger per key (group {@code hoist}); misfires
 * fire once, now: cron triggers "fire and proceed", interval triggers "fire now". Jobs request recovery, so a run cut
 * off by a crash runs again at the next start.
 */
final class QuartzJobs {

    static final String GROUP = "hoist";

    private final Scheduler quartz;
    private final PersistentTasks tasks;

    QuartzJobs(Scheduler quartz, PersistentTasks tasks) {
        this.quartz = quartz;
        this.tasks = tasks;
    }

    synchronized void schedule(String key, Schedule schedule) {
        if (tasks.find(key).isEmpty()) {
            throw new IllegalArgumentException("no persistent task has the key " + key);
        }
        if (schedule instanceof Schedule.Cron cron && !CronExpression.isValidExpression(cron.expression())) {
            throw new IllegalArgumentException("'" + cron.expression() + "' is not a valid cron expression (seconds "
                    + "minutes hours day-of-month month day-of-week, e.g. '0 30 2 * * ?')");
        }
        try {
            Trigger existing = quartz.getTrigger(triggerKey(key));
            if (existing != null && quartz.checkExists(jobKey(key)) && same(existing, schedule)) {
                return;
            }
            JobDetail job = JobBuilder.newJob(PersistentTaskJob.class).withIdentity(jobKey(key))
                    .requestRecovery(true).storeDurably(false).build();
            TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(triggerKey(key)).forJob(job);
            Trigger trigger = schedule instanceof Schedule.Cron cron
                    ? builder.withSchedule(CronScheduleBuilder.cronSchedule(cron.expression())
                            .inTimeZone(TimeZone.getTimeZone(cron.zone()))
                            .withMisfireHandlingInstructionFireAndProceed()).build()
                    : builder.withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(((Schedule.Every) schedule).interval().toMillis())
                            .repeatForever().withMisfireHandlingInstructionFireNow()).build();
            quartz.scheduleJob(job, java.util.Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule persistent job " + key + ": " + e.getMessage(), e);
        }
    }

    synchronized boolean cancel(String key) {
        try {
            return quartz.deleteJob(jobKey(key));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot cancel persistent job " + key + ": " + e.getMessage(), e);
        }
    }

    Optional<Instant> nextRun(String key) {
        try {
            Trigger trigger = quartz.getTrigger(triggerKey(key));
            return trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read persistent job " + key + ": " + e.getMessage(), e);
        }
    }

    private static boolean same(Trigger trigger, Schedule schedule) {
        if (schedule instanceof Schedule.Cron cron) {
            return trigger instanceof CronTrigger c && c.getCronExpression().equals(cron.expression())
                    && c.getTimeZone().getID().equals(TimeZone.getTimeZone(cron.zone()).getID());
        }
        return trigger instanceof SimpleTrigger s
                && s.getRepeatInterval() == ((Schedule.Every) schedule).interval().toMillis();
    }

    private static JobKey jobKey(String key) {
        return JobKey.jobKey(key, GROUP);
    }

    private static TriggerKey triggerKey(String key) {
        return TriggerKey.triggerKey(key, GROUP);
    }
}
