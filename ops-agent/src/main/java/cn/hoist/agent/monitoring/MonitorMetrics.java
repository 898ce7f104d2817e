package cn.hoist.agent.monitoring;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

import cn.hoist.agent.checks.CheckStatus;
import cn.hoist.agent.snmp.SnmpAuthenticationException;
import cn.hoist.agent.snmp.SnmpErrorStatusException;
import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.SnmpTimeoutException;
import cn.hoist.agent.snmp.SnmpWalkException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The agent's own monitoring metrics for Prometheus: polls and checks by device, check and outcome, how long they
 * take, SNMP errors by kind, devices in the unreachable lane, traps, configuration reloads.
 */
final class MonitorMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger unreachable = new AtomicInteger();
    private final AtomicInteger devices = new AtomicInteger();

    MonitorMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("hoist.agent.devices.unreachable", unreachable, AtomicInteger::get)
                .description("Devices in the slow lane because they stopped answering SNMP").register(registry);
        Gauge.builder("hoist.agent.devices", devices, AtomicInteger::get)
                .description("Devices in the monitoring configuration").register(registry);
    }

    /** One finished poll or check and its verdict. */
    void polled(String device, String check, CheckStatus status) {
        Counter.builder("hoist.agent.polls").description("Finished polls and checks by device, check and outcome")
                .tags("device", device, "check", check, "outcome", status.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    /** A whole SNMP poll of one device (all its profiles). */
    void snmpPollTook(Duration duration) {
        Timer.builder("hoist.agent.snmp.poll.duration").description("Time to poll one device over SNMP")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry).record(duration);
    }

    /** A check without SNMP, by type (icmp, tcp, http, ntp, host, crm-health). */
    void checkTook(String type, Duration duration) {
        Timer.builder("hoist.agent.check.duration").description("Time a check without SNMP took")
                .tags("check", type).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry).record(duration);
    }

    void snmpError(SnmpException e) {
        Counter.builder("hoist.agent.snmp.errors").description("SNMP failures by kind").tags("kind", kindOf(e))
                .register(registry).increment();
    }

    static String kindOf(SnmpException e) {
        return e instanceof SnmpTimeoutException ? "timeout"
                : e instanceof SnmpAuthenticationException ? "authentication"
                : e instanceof SnmpWalkException ? "walk"
                : e instanceof SnmpErrorStatusException ? "error_status" : "other";
    }

    void laneChanged(boolean nowUnreachable) {
        if (nowUnreachable) {
            unreachable.incrementAndGet();
        } else {
            unreachable.decrementAndGet();
        }
    }

    void devicesConfigured(int count) {
        devices.set(count);
    }

    void trapReceived(String name) {
        Counter.builder("hoist.agent.traps.received").description("SNMP traps received, by trap")
                .tags("trap", name).register(registry).increment();
    }

    <T> void trapsRejected(T source, ToDoubleFunction<T> count) {
        FunctionCounter.builder("hoist.agent.traps.rejected", source, count)
                .description("Datagrams on the trap port dropped as malformed, unknown community or unauthenticated")
                .register(registry);
    }
}
