package cn.hoist.agent.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import cn.hoist.agent.checks.Check;
import cn.hoist.agent.checks.CheckOutcome;
import cn.hoist.agent.checks.CheckStatus;
import cn.hoist.agent.checks.CrmHealthCheck;
import cn.hoist.agent.checks.HostCheck;
import cn.hoist.agent.checks.HttpCheck;
import cn.hoist.agent.checks.NtpCheck;
import cn.hoist.agent.checks.ReachabilityCheck;
import cn.hoist.agent.checks.TcpCheck;
import cn.hoist.agent.checks.Trust;
import cn.hoist.agent.monitoring.config.CheckConfig;
import cn.hoist.agent.monitoring.config.CrmHealthConfig;
import cn.hoist.agent.monitoring.config.LocalHostConfig;

/** Configured checks to runnable ones. */
final class CheckFactory {

    private CheckFactory() {
    }

    static Check of(CheckConfig c) {
        return switch (c.type()) {
            case ICMP -> new ReachabilityCheck(c.name(), c.host(), c.ports(), c.method(), c.timeout(),
                    c.thresholds().get("latency-ms"));
            case TCP -> new TcpCheck(c.name(), c.host(), c.ports().get(0), c.timeout(), c.thresholds().get("latency-ms"));
            case HTTP -> http(c);
            case NTP -> new NtpCheck(c.name(), c.host(), c.ports().get(0), c.timeout(),
                    c.thresholds().get("ntp-offset-ms"));
        };
    }

    static Check host(LocalHostConfig c) {
        return new HostCheck("host", c.thresholds().get("cpu-percent"), c.thresholds().get("memory-percent"),
                c.thresholds().get("disk-percent"), c.disks());
    }

    static Check crm(CrmHealthConfig c) {
        return new CrmHealthCheck("crm-health", c.url(), Duration.ofSeconds(5));
    }

    private static Check http(CheckConfig c) {
        SSLContext trust;
        try {
            trust = c.trustCertificate() == null ? null : Trust.fromPem(c.trustCertificate());
        } catch (IllegalArgumentException e) {
            // A bad certificate file is this check's problem, reported with its result, not the whole agent's.
            CheckOutcome broken = new CheckOutcome(CheckStatus.UNKNOWN, e.getMessage(), 0, List.of(), Map.of());
            return new Check() {
                public String name() {
                    return c.name();
                }

                public CheckOutcome run() {
                    return broken;
                }
            };
        }
        return new HttpCheck(c.name(), c.url(), c.timeout(), c.thresholds().get("latency-ms"),
                c.thresholds().get("certificate-days"), trust, Clock.systemUTC());
    }
}
