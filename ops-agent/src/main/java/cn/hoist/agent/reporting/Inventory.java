package cn.hoist.agent.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The inventory report's body: every device the agent watches.
 *
 * @param devices the watched devices, the agent's own host included
 */
public record Inventory(List<Device> devices) implements ReportBody {

    public Inventory {
        devices = List.copyOf(devices);
    }

    /**
     * One watched device and the names of its checks (at most 50 of them are sent).
     *
     * @param name    its configured name
     * @param kind    server, workstation, pos, router, switch, printer, ups, nas or other
     * @param address its host name or IP address, or null (the agent's own host)
     * @param checks  the names of its checks, as its check results carry them
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Device(String name, String kind, String address, List<String> checks) {

        private static final int MAX_CHECKS = 50;

        public Device {
            checks = List.copyOf(checks.size() > MAX_CHECKS ? checks.subList(0, MAX_CHECKS) : checks);
        }
    }
}
