package cn.hoist.agent.reporting;

import java.lang.management.ManagementFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.hoist.agent.enrollment.HostFacts;
import cn.hoist.agent.protocol.Messages;

/** Says the agent is alive, every heartbeat interval, through the spool like every other report. */
@Component
class HeartbeatJob {

    private final Reports reports;

    HeartbeatJob(Reports reports) {
        this.reports = reports;
    }

    @Scheduled(fixedRateString = "${hoist.agent.reporting.heartbeat-interval:30s}", initialDelay = 0)
    void beat() {
        Messages.AgentInfo host = HostFacts.current();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        reports.submit(new Heartbeat(host.agentVersion(), host.hostname(), host.os(), uptime));
    }
}
