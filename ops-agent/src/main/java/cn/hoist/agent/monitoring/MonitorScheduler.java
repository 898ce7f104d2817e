package cn.hoist.agent.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.monitoring.config.DeviceConfig;
import cn.hoist.agent.monitoring.config.MonitoringConfig;
import cn.hoist.agent.reporting.ReportBuffer;
import cn.hoist.agent.scheduling.JobScheduler;

/**
 * Starts every job when it is due, checking twice a second on one in-memory job of the agent's {@link JobScheduler}
 * (each device's own due time and lane stay here: the slow lane changes a device's interval as it goes, which is
 * monitoring's business, not the scheduler's). The scheduler thread only starts work: SNMP polls are
 * asynchronous (the client's caps queue them), other checks run on a bounded pool, so one slow or dead device never
 * holds up the others. A new configuration replaces the jobs; a job whose settings did not change is kept, with its
 * state (counters for rates, lane, what has been reported).
 */
final class MonitorScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MonitorScheduler.class);
    private static final Duration TICK = Duration.ofMillis(500);
    private static final String JOB_KEY = "monitoring.poll";

    private final ExecutorService checkPool;
    private final SnmpDeviceJob.Context snmp;
    private final ReportBuffer reports;
    private final MonitorMetrics metrics;
    private volatile Map<String, Job> jobs = Map.of();
    private JobScheduler scheduler;

    MonitorScheduler(SnmpDeviceJob.Context snmp, int checkThreads) {
        this.snmp = snmp;
        this.reports = snmp.reports();
        this.metrics = snmp.metrics();
        this.checkPool = Executors.newFixedThreadPool(checkThreads, daemon("monitor-check"));
    }

    /** Starts ticking on the agent's scheduler (an in-memory job: a missed tick is made up by the next). */
    void start(JobScheduler scheduler) {
        this.scheduler = scheduler;
        scheduler.every(JOB_KEY, Duration.ZERO, TICK, this::tick);
    }

    /** Replaces the jobs with those of {@code config}, keeping unchanged ones. */
    synchronized void apply(MonitoringConfig config) {
        Map<String, Job> next = new LinkedHashMap<>();
        for (Job job : jobsOf(config)) {
            Job old = jobs.get(job.key());
            next.put(job.key(), old != null && old.sameAs(job) ? old : job);
        }
        jobs.forEach((key, old) -> {
            if (next.get(key) != old) {
                old.removed();
            }
        });
        jobs = next;
        metrics.devicesConfigured(config.devices().size());
        log.info("Monitoring {} device(s) with {} poll(s) and check(s)", config.devices().size(), next.size());
    }

    /** Starts what is due; public to tests through {@link #jobs()}. */
    void tick() {
        long now = System.nanoTime();
        try {
            for (Job job : jobs.values()) {
                if (job.due(now)) {
                    job.start(now);
                }
            }
        } catch (RuntimeException e) {
            log.error("Monitoring scheduler tick failed", e);
        }
    }

    Map<String, Job> jobs() {
        return jobs;
    }

    private List<Job> jobsOf(MonitoringConfig config) {
        List<Job> list = new ArrayList<>();
        for (DeviceConfig device : config.devices()) {
            if (device.snmp() != null) {
                list.add(new SnmpDeviceJob(device, config.unreachableInterval(), snmp));
            }
            device.checks().forEach(c -> list.add(new CheckJob(device.name(), c.type().wireName(),
                    CheckFactory.of(c), c, device.interval(), checkPool, reports, metrics)));
        }
        String host = config.localHost().name();
        if (config.localHost().enabled()) {
            list.add(new CheckJob(host, "host", CheckFactory.host(config.localHost()), config.localHost(),
                    config.localHost().interval(), checkPool, reports, metrics));
        }
        if (config.crmHealth().enabled()) {
            list.add(new CheckJob(host, "crm-health", CheckFactory.crm(config.crmHealth()), config.crmHealth(),
                    config.crmHealth().interval(), checkPool, reports, metrics));
        }
        return list;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.cancel(JOB_KEY);
        }
        checkPool.shutdownNow();
    }

    static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
