package cn.hoist.console.ingest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentInfo;
import cn.hoist.console.fleet.AgentService;
import cn.hoist.console.fleet.Heartbeat;

/**
 * {@code heartbeat} reports keep the agent ONLINE and its host facts current. Ingest calls the fleet
 * itself: the fleet knows nothing of the protocol, and listening to ingest would make a cycle.
 */
@Component
class HeartbeatHandler {

    private final AgentService agents;

    HeartbeatHandler(AgentService agents) {
        this.agents = agents;
    }

    /** In the ingest transaction: a heartbeat is acknowledged only once the agent's status follows it. */
    @EventListener
    void on(HeartbeatsReceived received) {
        for (Received<HeartbeatBody> report : received.reports()) {
            HeartbeatBody body = report.body();
            agents.heartbeat(received.agent().agentId(), new Heartbeat(
                    new AgentInfo(body.hostname(), body.os(), body.agentVersion()), body.uptimeSeconds(), report.time()));
        }
    }
}
