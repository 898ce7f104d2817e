package cn.hoist.agent.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.checks.CheckStatus;
import cn.hoist.agent.monitoring.config.DeviceConfig;
import cn.hoist.agent.reporting.CheckResult;
import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.reporting.ReportBuffer;
import cn.hoist.agent.snmp.Metric;
import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.SnmpAuthenticationException;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.profile.DevicePoll;
import cn.hoist.agent.snmp.profile.DeviceState;

/**
 * Polls one device over SNMP on its interval, asynchronously (it never holds a scheduler thread while the device
 * thinks). A device that does not answer sysUpTime moves to the slow "unreachable" lane: it is tried, and reported
 * UNREACHABLE, once per unreachable interval instead of every cycle; the first answer brings it back.
 */
final class SnmpDeviceJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SnmpDeviceJob.class);

    private final DeviceConfig device;
    private final Duration unreachableInterval;
    private final Context context;
    private final DevicePoll poll;
    private final DeviceState state = new DeviceState();
    private final ObservationEvents events;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long nextDueNanos = System.nanoTime();
    private volatile boolean unreachable;
    private volatile boolean removed;

    /** What every SNMP job shares. */
    record Context(SnmpClient client, ReportBuffer reports, MonitorMetrics metrics) {
    }

    SnmpDeviceJob(DeviceConfig device, Duration unreachableInterval, Context context) {
        this.device = device;
        this.unreachableInterval = unreachableInterval;
        this.context = context;
        this.poll = SnmpProfiles.poll(device.profiles());
        this.events = new ObservationEvents(device.name());
    }

    @Override
    public String key() {
        return device.name() + "/snmp";
    }

    @Override
    public boolean sameAs(Job other) {
        return other instanceof SnmpDeviceJob o && o.device.equals(device)
                && o.unreachableInterval.equals(unreachableInterval);
    }

    @Override
    public boolean due(long nowNanos) {
        return !running.get() && nowNanos - nextDueNanos >= 0;
    }

    boolean unreachable() {
        return unreachable;
    }

    /** True while a poll is under way (tests and the benchmark wait for it). */
    boolean running() {
        return running.get();
    }

    @Override
    public void start(long nowNanos) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        poll.poll(context.client(), device.snmp(), state).whenComplete((outcome, ex) -> {
            try {
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                context.metrics().snmpPollTook(took);
                if (ex != null) {
                    log.warn("SNMP poll of {} failed unexpectedly: {}", device.name(), ex.toString());
                    nextDueNanos = nowNanos + device.interval().toNanos();
                } else if (!removed) {
                    handle(outcome, took.toMillis(), nowNanos);
                }
            } catch (RuntimeException e) {
                log.error("Handling the SNMP poll of {} failed", device.name(), e);
            } finally {
                running.set(false);
            }
        });
    }

    @Override
    public void removed() {
        removed = true;
        if (unreachable) {
            context.metrics().laneChanged(false);
        }
    }

    private void handle(DevicePoll.Outcome outcome, long millis, long startedNanos) {
        if (!outcome.reachable()) {
            failed(outcome.unreachable(), millis, startedNanos);
            return;
        }
        nextDueNanos = startedNanos + device.interval().toNanos();
        if (unreachable) {
            unreachable = false;
            context.metrics().laneChanged(false);
            log.info("{} answers SNMP again; back to polling every {}", device.name(), device.interval());
            context.reports().addNow(new Event("device-reachable", "INFO", device.name()
                    + " answers SNMP again", device.name(), Map.of("address", device.address())));
        }
        for (ProfileResult result : outcome.results()) {
            ProfileStatus.Verdict verdict = ProfileStatus.of(result, device);
            report("snmp." + result.profile(), verdict.status(), verdict.message(), millis,
                    metrics(result.metrics()), result.properties());
        }
        for (DevicePoll.Failure failure : outcome.failures()) {
            context.metrics().snmpError(failure.error());
            report("snmp." + failure.profile(), CheckStatus.UNKNOWN, failure.error().getMessage(), millis, List.of(),
                    Map.of("error", MonitorMetrics.kindOf(failure.error())));
        }
        List<String> failed = outcome.failures().stream().map(DevicePoll.Failure::profile).toList();
        for (Event event : events.after(outcome.results(), failed)) {
            context.reports().addNow(event);
        }
    }

    /** No answer, or credentials refused: the slow lane, and one report per lane interval. */
    private void failed(SnmpException error, long millis, long startedNanos) {
        context.metrics().snmpError(error);
        boolean auth = error instanceof SnmpAuthenticationException;
        CheckStatus status = auth ? CheckStatus.CRITICAL : CheckStatus.UNREACHABLE;
        String message = (auth ? "SNMP authentication error: " : "SNMP unreachable: ") + error.getMessage();
        nextDueNanos = startedNanos + unreachableInterval.toNanos();
        report("snmp.system", status, message, millis, List.of(), Map.of("error", MonitorMetrics.kindOf(error)));
        if (!unreachable) {
            unreachable = true;
            context.metrics().laneChanged(true);
            log.warn("{}: {}; retrying every {}", device.name(), message, unreachableInterval);
            context.reports().addNow(new Event(auth ? "snmp-auth-failed" : "device-unreachable",
                    auth ? "CRITICAL" : "WARNING", message, device.name(), Map.of("address", device.address(),
                            "retryEvery", unreachableInterval.toString())));
        }
    }

    private void report(String check, CheckStatus status, String message, long millis,
            List<cn.hoist.agent.reporting.Metric> metrics, Map<String, String> properties) {
        context.metrics().polled(device.name(), check, status);
        context.reports().add(new CheckResult(device.name(), check, status.name(), message, millis, metrics,
                properties));
    }

    private static List<cn.hoist.agent.reporting.Metric> metrics(List<Metric> snmp) {
        return snmp.stream().map(m -> new cn.hoist.agent.reporting.Metric(m.name(), m.labels(), m.value(), m.unit()))
                .toList();
    }
}
