package cn.hoist.agent.monitoring.config;

import java.time.Duration;
import java.util.List;


/**
 * Everything the agent watches: monitoring's part of agent.yml ({@link MonitoringSection}).
 *
 * @param unreachableInterval how often a device that stopped answering is tried (the slow lane)
 * @param devices             the watched devices
 * @param traps               the trap receiver
 * @param localHost           checks of the agent's own server
 * @param crmHealth           the CRM's health check
 */
public record MonitoringConfig(Duration unreachableInterval, List<DeviceConfig> devices,
        TrapConfig traps, LocalHostConfig localHost, CrmHealthConfig crmHealth) {

    public MonitoringConfig {
        devices = List.copyOf(devices);
    }
}
