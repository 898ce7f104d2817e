package cn.hoist.agent.monitoring.config;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What a valid monitoring section will make the agent watch, one aligned line per device. */
final class MonitoringSummary {

    private MonitoringSummary() {
    }

    static void print(PrintWriter out, MonitoringConfig config) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DEVICE", "KIND", "ADDRESS", "EVERY", "CHECKS"});
        for (DeviceConfig d : config.devices()) {
            String snmp = d.snmp() == null ? "" : "SNMP " + d.snmp().version().name().toLowerCase() + " ";
            rows.add(new String[] {d.name(), d.kind().wireName(), d.address() == null ? "-" : d.address(),
                seconds(d.interval()), snmp + String.join(", ", d.checkNames())});
        }
        List<String> local = new ArrayList<>();
        if (config.localHost().enabled()) {
            local.add("host");
        }
        if (config.crmHealth().enabled()) {
            local.add("crm-health (" + config.crmHealth().url() + ")");
        }
        if (!local.isEmpty()) {
            rows.add(new String[] {config.localHost().name(), "server", "this host",
                seconds(config.localHost().interval()), String.join(", ", local)});
        }
        int[] widths = new int[5];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            out.printf("  %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3] + "s  %s%n",
                    (Object[]) r);
        }
        out.println();
        out.printf("Unreachable devices are retried every %s.%n", seconds(config.unreachableInterval()));
        out.println(config.traps().enabled() ? "Traps: listening on " + config.traps().bindAddress() + ":"
                + config.traps().port() + " (udp), " + config.traps().users().size() + " SNMPv3 user(s)"
                : "Traps: not received (traps.enabled is false or there is no traps section)");
    }

    private static String seconds(java.time.Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
