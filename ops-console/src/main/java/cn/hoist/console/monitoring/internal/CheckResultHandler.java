package cn.hoist.console.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.CheckResultBody;
import cn.hoist.console.ingest.CheckResultsReceived;
import cn.hoist.console.ingest.JsonText;
import cn.hoist.console.ingest.Received;
import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.platform.Timestamps;

/**
 * {@code check-result} reports: each goes into the short history, the newest per device and check
 * becomes its latest state, and the devices' states follow. A whole run of results is written with a
 * handful of batched statements, whatever its size. Everything is written for the reporting agent's
 * own shop only, inside the ingest transaction (a synchronous listener): an acknowledged result is stored.
 */
@Component
class CheckResultHandler {

    private final DeviceRepository devices;
    private final CheckStateRepository states;
    private final CheckHistoryRepository history;
    private final DeviceStates deviceStates;
    private final Clock clock;

    CheckResultHandler(DeviceRepository devices, CheckStateRepository states, CheckHistoryRepository history,
            DeviceStates deviceStates, Clock clock) {
        this.devices = devices;
        this.states = states;
        this.history = history;
        this.deviceStates = deviceStates;
        this.clock = clock;
    }

    @EventListener
    void on(CheckResultsReceived received) {
        AgentIdentity agent = received.agent();
        List<Received<CheckResultBody>> reports = received.reports();
        OffsetDateTime now = Timestamps.now(clock);
        Set<String> names = new LinkedHashSet<>();
        reports.forEach(r -> names.add(r.body().device()));
        Map<String, DeviceRef> known = devices.ensure(agent.shopId(), agent.agentId(), names, now);

        List<CheckResultRow> rows = new ArrayList<>(reports.size());
        Map<String, CheckResultRow> latest = new LinkedHashMap<>();
        Map<Long, OffsetDateTime> seenAt = new HashMap<>();
        for (Received<CheckResultBody> report : reports) {
            CheckResultRow row = row(known.get(report.body().device()).id(), report);
            rows.add(row);
            latest.merge(row.deviceId() + "/" + row.check(), row,
                    (before, after) -> after.observedAt().isBefore(before.observedAt()) ? before : after);
            seenAt.merge(row.deviceId(), row.observedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        history.insert(rows);
        states.upsert(latest.values());
        deviceStates.refresh(seenAt.keySet(), seenAt, now);
    }

    private static CheckResultRow row(long deviceId, Received<CheckResultBody> report) {
        CheckResultBody body = report.body();
        return new CheckResultRow(deviceId, body.check(), status(body.status()), body.message(), body.durationMs(),
                JsonText.of(body.metrics()), JsonText.of(body.properties()), report.time());
    }

    private static CheckStatus status(CheckResultBody.Status status) {
        return switch (status) {
            case OK -> CheckStatus.OK;
            case WARNING -> CheckStatus.WARNING;
            case CRITICAL -> CheckStatus.CRITICAL;
            case UNKNOWN -> CheckStatus.UNKNOWN;
            case UNREACHABLE -> CheckStatus.UNREACHABLE;
        };
    }
}
