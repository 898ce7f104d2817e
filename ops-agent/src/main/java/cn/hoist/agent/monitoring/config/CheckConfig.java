package cn.hoist.agent.monitoring.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.hoist.agent.checks.ReachabilityCheck;
import cn.hoist.agent.checks.Threshold;

/**
 * One check of a device without SNMP, with its thresholds resolved (check over device over defaults).
 *
 * @param type             what kind of check
 * @param name             its name in reports (tcp.22, http, icmp, ntp, or as configured)
 * @param host             the host to check (the device's address unless the check says otherwise)
 * @param ports            TCP port (tcp: one), fallback ports (icmp), NTP port (ntp: one)
 * @param url              the URL (http)
 * @param timeout          how long to wait
 * @param method           how icmp probes (auto, icmp, tcp)
 * @param trustCertificate a PEM certificate to trust for this URL (http), or null
 * @param thresholds       resolved thresholds by name
 */
public record CheckConfig(CheckType type, String name, String host, List<Integer> ports, URI url, Duration timeout,
        ReachabilityCheck.Method method, Path trustCertificate, Map<String, Threshold> thresholds) {

    public CheckConfig {
        ports = List.copyOf(ports);
        thresholds = Map.copyOf(thresholds);
    }
}
