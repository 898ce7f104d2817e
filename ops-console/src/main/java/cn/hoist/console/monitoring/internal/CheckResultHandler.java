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

import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.ingest.Report;
import cn.hoist.console.ingest.ReportHandler;
import cn.hoist.console.monitoring.CheckStatus;
import cn.hoist.platform.Timestamps;
import tools.jackson.databind.JsonNode;

/**
 * {@code check-result} reports: each goes into the short history, the newest per device and check
 * becomes its latest state, and the devices' states follow. A whole run of results is written with a
 * handful of batched statements, whatever its size. Everything is written for the reporting agent's
 * own shop only.
 */
@Component
class CheckResultHandler implements ReportHandler {

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

    @Override
    public String type() {
        return "check-result";
    }

    @Override
    public void handle(AgentIdentity agent, Report report) {
        handleAll(agent, List.of(report));
    }

    @Override
    public void handleAll(AgentIdentity agent, List<Report> reports) {
        OffsetDateTime now = Timestamps.now(clock);
        Set<String> names = new LinkedHashSet<>();
        reports.forEach(r -> names.add(r.body().get("device").asString()));
        Map<String, DeviceRef> known = devices.ensure(agent.shopId(), agent.agentId(), names, now);

        List<CheckResultRow> rows = new ArrayList<>(reports.size());
        Map<String, CheckResultRow> latest = new LinkedHashMap<>();
        Map<Long, OffsetDateTime> seenAt = new HashMap<>();
        for (Report report : reports) {
            CheckResultRow row = row(known.get(report.body().get("device").asString()).id(), report);
            rows.add(row);
            latest.merge(row.deviceId() + "/" + row.check(), row,
                    (before, after) -> after.observedAt().isBefore(before.observedAt()) ? before : after);
            seenAt.merge(row.deviceId(), row.observedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        history.insert(rows);
        states.upsert(latest.values());
        deviceStates.refresh(seenAt.keySet(), seenAt, now);
    }

    private static CheckResultRow row(long deviceId, Report report) {
        JsonNode body = report.body();
        JsonNode message = body.get("message");
        JsonNode duration = body.get("durationMs");
        return new CheckResultRow(deviceId, body.get("check").asString(),
                CheckStatus.valueOf(body.get("status").asString()), message == null ? null : message.asString(),
                duration == null ? null : duration.asLong(), report.bodyJson().get("metrics"),
                report.bodyJson().get("properties"), report.time());
    }
}
