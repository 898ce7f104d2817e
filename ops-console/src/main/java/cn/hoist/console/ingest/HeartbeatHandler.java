package cn.hoist.console.ingest;

import org.springframework.stereotype.Component;

import cn.hoist.console.fleet.AgentIdentity;
import cn.hoist.console.fleet.AgentInfo;
import cn.hoist.console.fleet.AgentService;
import cn.hoist.console.fleet.Heartbeat;

/** {@code heartbeat} reports keep the agent ONLINE and its host facts current. */
@Component
class HeartbeatHandler implements ReportHandler {

    private final AgentService agents;

    HeartbeatHandler(AgentService agents) {
        this.agents = agents;
    }

    @Override
    public String type() {
        return "heartbeat";
    }

    @Override
    public void handle(AgentIdentity agent, Report report) {
        var body = report.body();
        AgentInfo info = new AgentInfo(body.get("hostname").asString(), body.get("os").asString(),
                body.get("agentVersion").asString());
        agents.heartbeat(agent.agentId(), new Heartbeat(info, body.get("uptimeSeconds").asLong(), report.time()));
    }
}
