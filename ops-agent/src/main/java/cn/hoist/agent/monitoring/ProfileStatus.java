package cn.hoist.agent.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hoist.agent.checks.CheckStatus;
import cn.hoist.agent.checks.Numbers;
import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.monitoring.config.DeviceConfig;
import cn.hoist.agent.snmp.Metric;
import cn.hoist.agent.snmp.Observation;
import cn.hoist.agent.snmp.ProfileResult;

/**
 * The verdict on one profile's result: the device's thresholds applied to its metrics, and observations that are
 * states (UPS on battery, waste box full) rather than transitions. The message names what is wrong, worst first.
 */
final class ProfileStatus {

    /** A verdict and the line that explains it. */
    record Verdict(CheckStatus status, String message) {
    }

    private CheckStatus status = CheckStatus.OK;
    private final List<String> problems = new ArrayList<>();
    private final DeviceConfig device;

    private ProfileStatus(DeviceConfig device) {
        this.device = device;
    }

    static Verdict of(ProfileResult result, DeviceConfig device) {
        ProfileStatus s = new ProfileStatus(device);
        String summary = switch (result.profile()) {
            case "interfaces" -> s.interfaces(result);
            case "host-resources" -> s.hostResources(result);
            case "printer" -> s.printer(result);
            case "ups" -> s.ups(result);
            default -> s.system(result);
        };
        return new Verdict(s.status, s.problems.isEmpty() ? summary : String.join("; ", s.problems));
    }

    private String system(ProfileResult r) {
        double uptime = value(r, "snmp_sys_uptime_seconds");
        String name = r.properties().getOrDefault("sysName", "");
        return (name.isEmpty() ? "answers" : name + " answers") + (Double.isNaN(uptime) ? ""
                : ", up " + Math.round(uptime / 86400 * 10) / 10.0 + " days");
    }

    private String interfaces(ProfileResult r) {
        int enabled = 0;
        int up = 0;
        for (Metric admin : named(r, "snmp_if_admin_up")) {
            if (admin.value() != 1) {
                continue;
            }
            enabled++;
            boolean isUp = r.metrics().stream().anyMatch(m -> m.name().equals("snmp_if_oper_up")
                    && m.labels().equals(admin.labels()) && m.value() == 1);
            up += isUp ? 1 : 0;
            if (!isUp && critical(admin.labels())) {
                raise(CheckStatus.CRITICAL, "interface " + admin.labels().get("ifName") + " is down");
            }
        }
        return up + " of " + enabled + " enabled interfaces up";
    }

    private boolean critical(Map<String, String> labels) {
        return device.criticalInterfaces().stream().anyMatch(i -> i.equals(labels.get("ifName"))
                || i.equals(labels.get("ifDescr")) || i.equals(labels.get("ifIndex")));
    }

    private String hostResources(ProfileResult r) {
        double cpu = value(r, "snmp_hr_cpu_load_average_percent");
        if (!Double.isNaN(cpu)) {
            check("cpu-percent", cpu, "CPU " + Numbers.format(cpu) + " %");
        }
        for (Metric m : named(r, "snmp_hr_storage_used_percent")) {
            String type = m.labels().getOrDefault("type", "");
            String what = m.labels().getOrDefault("description", "") + " " + Numbers.format(m.value()) + " % used";
            if (type.equals("ram")) {
                check("memory-percent", m.value(), what);
            } else if (type.equals("fixed_disk")) {
                check("disk-percent", m.value(), what);
            }
        }
        return Double.isNaN(cpu) ? "storage within thresholds" : "CPU " + Numbers.format(cpu) + " %, storage within "
                + "thresholds";
    }

    private String printer(ProfileResult r) {
        for (Metric m : named(r, "snmp_printer_supply_level_percent")) {
            check("supply-percent", m.value(), m.labels().get("description") + " at " + Numbers.format(m.value())
                    + " %");
        }
        for (Observation o : r.observations()) {
            if (o.kind().startsWith("printer.waste")) {
                raise(o.kind().endsWith("full") && !o.kind().contains("nearly") ? CheckStatus.CRITICAL
                        : CheckStatus.WARNING, o.message());
            }
        }
        return "supplies within thresholds";
    }

    private String ups(ProfileResult r) {
        for (Observation o : r.observations()) {
            if (o.kind().equals("ups.on_battery") || o.kind().equals("ups.battery_low")) {
                raise(CheckStatus.CRITICAL, o.message());
            }
        }
        double charge = value(r, "snmp_ups_charge_percent");
        double runtime = value(r, "snmp_ups_runtime_minutes");
        if (!Double.isNaN(charge)) {
            check("ups-charge-percent", charge, "battery charge " + Numbers.format(charge) + " %");
        }
        if (!Double.isNaN(runtime)) {
            check("ups-runtime-minutes", runtime, "runtime " + Numbers.format(runtime) + " min");
        }
        return "on mains" + (Double.isNaN(charge) ? "" : ", battery " + Numbers.format(charge) + " %");
    }

    private void check(String threshold, double value, String what) {
        Threshold t = device.thresholds().get(threshold);
        CheckStatus s = t == null ? CheckStatus.OK : t.status(value);
        if (s != CheckStatus.OK) {
            raise(s, what + " (" + threshold + ": " + t + ")");
        }
    }

    private void raise(CheckStatus s, String problem) {
        if (s.ordinal() > status.ordinal()) {
            problems.add(0, problem);
        } else {
            problems.add(problem);
        }
        status = status.worse(s);
    }

    private static List<Metric> named(ProfileResult r, String name) {
        return r.metrics().stream().filter(m -> m.name().equals(name)).toList();
    }

    private static double value(ProfileResult r, String name) {
        return r.metrics().stream().filter(m -> m.name().equals(name)).mapToDouble(Metric::value).findFirst()
                .orElse(Double.NaN);
    }
}
