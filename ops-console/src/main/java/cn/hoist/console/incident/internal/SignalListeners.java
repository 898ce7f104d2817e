package cn.hoist.console.incident.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.hoist.console.admin.CrmInstanceStatusChanged;
import cn.hoist.console.admin.CrmStatus;
import cn.hoist.console.fleet.AgentStatus;
import cn.hoist.console.fleet.AgentStatusChanged;
import cn.hoist.console.incident.SignalLevel;
import cn.hoist.console.incident.SignalSource;
import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.console.monitoring.DeviceEventReceived;
import cn.hoist.console.monitoring.DeviceStateChanged;
import cn.hoist.platform.Timestamps;

/**
 * Records what the other modules announce as incoming signals. Each listener runs after the
 * announcing transaction committed, in a transaction of its own, through the event publication
 * registry: run again after a failure or a crash, it finds its signal by key and records it once.
 */
@Component
class SignalListeners {

    static final String AGENT_STATUS = "agent-status";
    static final String DEVICE_STATE = "device-state";
    static final String CRM_STATUS = "crm-status";

    private static final Logger log = LoggerFactory.getLogger(SignalListeners.class);

    private final SignalRepository signals;
    private final Clock clock;

    SignalListeners(SignalRepository signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AgentStatusChanged changed) {
        record(new NewSignal("agent:" + changed.agentId() + ":" + changed.to() + ":" + changed.at().toInstant(),
                changed.shopId(), SignalSource.AGENT, AGENT_STATUS, changed.agentId().toString(), null,
                level(changed.to()), changed.to().name(), changed.from() == null ? null : changed.from().name(), null,
                changed.at()));
    }

    @ApplicationModuleListener
    void on(DeviceStateChanged changed) {
        String to = state(changed.to());
        record(new NewSignal("device:" + changed.deviceId() + ":" + to + ":" + changed.at().toInstant(),
                changed.shopId(), SignalSource.DEVICE, DEVICE_STATE, changed.name(), changed.kind(),
                level(changed.to()), to, state(changed.from()), null, changed.at()));
    }

    @ApplicationModuleListener
    void on(DeviceEventReceived event) {
        String subject = event.device() != null ? event.device() : "agent:" + event.agentId();
        record(new NewSignal("event:" + event.agentId() + ":" + event.kind() + ":" + subject + ":"
                        + event.occurredAt().toInstant(), event.shopId(), SignalSource.DEVICE_EVENT, event.kind(),
                subject, null, switch (event.severity()) {
                    case INFO -> SignalLevel.INFO;
                    case WARNING -> SignalLevel.WARNING;
                    case CRITICAL -> SignalLevel.CRITICAL;
                }, event.severity().name(), null, event.message(), event.occurredAt()));
    }

    @ApplicationModuleListener
    void on(CrmInstanceStatusChanged changed) {
        record(new NewSignal("crm:" + changed.instanceId() + ":" + changed.to() + ":" + changed.at().toInstant(),
                changed.shopId(), SignalSource.CRM_INSTANCE, CRM_STATUS, changed.instanceId(), "crm",
                level(changed.to()), changed.to().name(), changed.from() == null ? null : changed.from().name(),
                changed.name() + " " + changed.serviceUrl(), changed.at()));
    }

    private void record(NewSignal signal) {
        if (!signals.record(signal, Timestamps.now(clock))) {
            log.debug("Signal {} was recorded before", signal.key());
        }
    }

    private static SignalLevel level(AgentStatus status) {
        return switch (status) {
            case ONLINE -> SignalLevel.OK;
            case OFFLINE -> SignalLevel.CRITICAL;
            case PENDING, REVOKED -> SignalLevel.INFO;
        };
    }

    /** A device without current checks is no problem any more. */
    private static SignalLevel level(CheckStatus state) {
        if (state == null) {
            return SignalLevel.INFO;
        }
        return switch (state) {
            case OK -> SignalLevel.OK;
            case UNKNOWN, WARNING -> SignalLevel.WARNING;
            case CRITICAL, UNREACHABLE -> SignalLevel.CRITICAL;
        };
    }

    private static String state(CheckStatus state) {
        return state == null ? "NONE" : state.name();
    }

    private static SignalLevel level(CrmStatus status) {
        return switch (status) {
            case UP -> SignalLevel.OK;
            case DOWN, OFFLINE -> SignalLevel.CRITICAL;
            case OUT_OF_SERVICE, RESTRICTED -> SignalLevel.WARNING;
            case UNKNOWN -> SignalLevel.INFO;
        };
    }
}
