package cn.hoist.agent.monitoring;

import org.springframework.context.event.EventListener;

import cn.hoist.agent.config.AgentConfigChanged;
import cn.hoist.agent.monitoring.config.MonitoringConfig;
import cn.hoist.agent.reporting.ReportBuffer;

/**
 * Applies monitoring's part of each new configuration: the jobs, the trap receiver, and the inventory for the
 * console (at start, and whenever the monitoring section changed; a change elsewhere in agent.yml leaves monitoring
 * as it is).
 */
final class MonitoringConfigApplier {

    private final MonitorScheduler scheduler;
    private final TrapEvents traps;
    private final ReportBuffer reports;

    MonitoringConfigApplier(MonitorScheduler scheduler, TrapEvents traps, ReportBuffer reports) {
        this.scheduler = scheduler;
        this.traps = traps;
        this.reports = reports;
    }

    @EventListener
    void on(AgentConfigChanged change) {
        if (!change.current().changed(change.previous(), MonitoringConfig.class)) {
            return;
        }
        MonitoringConfig config = change.current().section(MonitoringConfig.class);
        scheduler.apply(config);
        traps.apply(config);
        reports.addNow(DeviceInventory.of(config));
    }
}
