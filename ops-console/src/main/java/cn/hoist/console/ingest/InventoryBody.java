package cn.hoist.console.ingest;

import java.util.List;

/** An {@code inventory} report: every device the agent is configured to watch. */
public record InventoryBody(List<Device> devices) implements ReportBody {

    public InventoryBody {
        devices = List.copyOf(devices);
    }

    /**
     * A device as the agent's configuration lists it.
     *
     * @param kind {@code server}, {@code pos}, {@code router}, {@code switch}, {@code printer}... (the schema's enum)
     * @param address null when not configured
     * @param checks the configured checks, or null when the agent did not list them
     */
    public record Device(String name, String kind, String address, List<String> checks) {

        public Device {
            checks = checks == null ? null : List.copyOf(checks);
        }
    }
}
