package cn.hoist.agent.monitoring;

import java.util.ArrayList;
import java.util.List;

import cn.hoist.agent.monitoring.config.DeviceConfig;
import cn.hoist.agent.monitoring.config.MonitoringConfig;
import cn.hoist.agent.reporting.Inventory;

/** The inventory report: every watched device with its checks, the agent's own host included. */
final class DeviceInventory {

    private DeviceInventory() {
    }

    static Inventory of(MonitoringConfig config) {
        List<Inventory.Device> devices = new ArrayList<>();
        for (DeviceConfig d : config.devices()) {
            devices.add(new Inventory.Device(d.name(), d.kind().wireName(), d.address(), d.checkNames()));
        }
        List<String> local = new ArrayList<>();
        if (config.localHost().enabled()) {
            local.add("host");
        }
        if (config.crmHealth().enabled()) {
            local.add("crm-health");
        }
        if (!local.isEmpty()) {
            devices.add(new Inventory.Device(config.localHost().name(), "server", null, local));
        }
        return new Inventory(devices);
    }
}
