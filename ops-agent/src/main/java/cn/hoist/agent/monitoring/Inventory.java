package cn.hoist.agent.monitoring;

import java.util.ArrayList;
import java.util.List;

import cn.hoist.agent.config.DeviceConfig;
import cn.hoist.agent.config.MonitoringConfig;
import cn.hoist.agent.protocol.Messages;

/** The inventory report: every watched device with its checks, the agent's own host included. */
final class Inventory {

    private static final int MAX_CHECKS = 50;

    private Inventory() {
    }

    static Messages.Inventory of(MonitoringConfig config) {
        List<Messages.InventoryDevice> devices = new ArrayList<>();
        for (DeviceConfig d : config.devices()) {
            List<String> checks = d.checkNames();
            devices.add(new Messages.InventoryDevice(d.name(), d.kind().wireName(), d.address(),
                    checks.size() > MAX_CHECKS ? checks.subList(0, MAX_CHECKS) : checks));
        }
        List<String> local = new ArrayList<>();
        if (config.localHost().enabled()) {
            local.add("host");
        }
        if (config.crmHealth().enabled()) {
            local.add("crm-health");
        }
        if (!local.isEmpty()) {
            devices.add(new Messages.InventoryDevice(config.localHost().name(), "server", null, local));
        }
        return new Messages.Inventory(devices);
    }
}
