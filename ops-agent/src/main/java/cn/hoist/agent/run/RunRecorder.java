package cn.hoist.agent.run;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.hoist.agent.AgentVersion;
import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.reporting.Reports;
import cn.hoist.platform.Timestamps;

/**
 * Records each run of the agent. A previous run without a stop time ended by crash, kill or power
 * loss; the console is told, because an agent that keeps dying misses checks and backups.
 */
@Component
class RunRecorder {

    private static final Logger log = LoggerFactory.getLogger(RunRecorder.class);

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Clock clock;
    private Long runId;

    RunRecorder(JdbcClient jdbc, Reports reports, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        OffsetDateTime now = Timestamps.now(clock);
        jdbc.sql("select started_at from agent_run where stopped_at is null order by id desc")
                .query(OffsetDateTime.class).list().stream().findFirst()
                .ifPresent(crashed -> {
                    log.warn("The previous run of the agent (started {}) did not stop cleanly", crashed);
                    reports.submit(new Event("agent-unclean-stop", "WARNING", "The agent's previous run, started "
                            + crashed + ", ended without a clean stop (crash, kill or power loss)", null,
                            Map.of("startedAt", crashed.toString())));
                });
        jdbc.sql("update agent_run set stopped_at = ?, clean_stop = false where stopped_at is null").param(now).update();
        jdbc.sql("insert into agent_run (agent_version, pid, started_at) values (?, ?, ?)")
                .params(AgentVersion.current(), ProcessHandle.current().pid(), now).update();
        runId = jdbc.sql("select max(id) from agent_run").query(Long.class).single();
    }

    @EventListener(ContextClosedEvent.class)
    void stopped() {
        if (runId != null) {
            jdbc.sql("update agent_run set stopped_at = ?, clean_stop = true where id = ?")
                    .params(Timestamps.now(clock), runId).update();
        }
    }
}
