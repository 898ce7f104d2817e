package cn.hoist.agent.reporting;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.springframework.stereotype.Component;

import cn.hoist.agent.enrollment.HostFacts;
import cn.hoist.agent.protocol.Messages;
import cn.hoist.agent.scheduling.JobScheduler;

/** Says the agent is alive, at start and every heartbeat interval, through the spool like every other report. */
@Component
class HeartbeatJob {

    private final Reports reports;

    HeartbeatJob(Reports reports, JobScheduler scheduler, ReportingProperties properties) {
        this.reports = reports;
        scheduler.every("reporting.heartbeat", Duration.ZERO, properties.heartbeatInterval(), this::beat);
    }

    void beat() {
        Messages.AgentInfo host = HostFacts.current();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        reports.submit(new Heartbeat(host.agentVersion(), host.hostname(), host.os(), uptime));
    }
}
