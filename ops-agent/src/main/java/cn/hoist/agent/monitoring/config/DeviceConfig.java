package cn.hoist.agent.monitoring.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.hoist.agent.checks.Threshold;
import cn.hoist.agent.snmp.SnmpTarget;

/**
 * One watched device.
 *
 * @param name               unique name, as reports carry it
 * @param kind               what it is
 * @param address            host name or IP address
 * @param interval           how often it is polled and checked
 * @param snmp               how to reach it over SNMP, or null when it has no SNMP
 * @param profiles           SNMP profiles to poll, system first
 * @param criticalInterfaces interfaces (ifName, ifDescr or ifIndex) whose being down is CRITICAL, e.g. the uplink
 * @param thresholds         resolved thresholds by name (device over defaults)
 * @param checks             checks without SNMP
 */
public record DeviceConfig(String name, DeviceKind kind, String address, Duration interval, SnmpTarget snmp,
        List<String> profiles, Set<String> criticalInterfaces, Map<String, Threshold> thresholds,
        List<CheckConfig> checks) {

    public DeviceConfig {
        profiles = List.copyOf(profiles);
        criticalInterfaces = Set.copyOf(criticalInterfaces);
        thresholds = Map.copyOf(thresholds);
        checks = List.copyOf(checks);
    }

    /** The names of all its checks, as check results and the inventory carry them. */
    public List<String> checkNames() {
        List<String> names = new ArrayList<>();
        if (snmp != null) {
            profiles.forEach(p -> names.add("snmp." + p));
        }
        checks.forEach(c -> names.add(c.name()));
        return names;
    }
}
