package cn.hoist.console.fleet;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.fleet.internal.AgentRepository;
import cn.hoist.console.fleet.internal.Secrets;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;

/** Agent credentials, heartbeats and status. */
@Service
public class AgentService {

    private static final Logger log = LoggerFactory.getLogger(AgentService.class);

    private final AgentRepository agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentService(AgentRepository agents, ApplicationEventPublisher events, Clock clock) {
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    /** The agent a bearer credential ({@code <agentId>.<secret>}) belongs to; empty when wrong or revoked. */
    @Transactional(readOnly = true)
    public Optional<AgentIdentity> authenticate(String credential) {
        int dot = credential == null ? -1 : credential.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        UUID agentId;
        try {
            agentId = UUID.fromString(credential.substring(0, dot));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(credential);
        return agents.credential(agentId)
                .filter(stored -> Secrets.sameHash(stored.hash(), hash))
                .map(stored -> new AgentIdentity(agentId, stored.shopId()));
    }

    @Transactional(readOnly = true)
    public Agent get(UUID id) {
        return agents.find(id).orElseThrow(() -> ProblemException.notFound("agent.notFound", id));
    }

    /** Records a heartbeat and marks the agent ONLINE. */
    @Transactional
    public void heartbeat(UUID agentId, Heartbeat heartbeat) {
        OffsetDateTime now = Timestamps.now(clock);
        agents.recordHeartbeat(agentId, heartbeat.agent(), heartbeat.uptimeSeconds(), now)
                .filter(before -> before != AgentStatus.ONLINE)
                .ifPresent(before -> {
                    Agent agent = agents.find(agentId).orElseThrow();
                    log.info("Agent {} of shop {} is ONLINE (was {})", agentId, agent.shopId(), before);
                    events.publishEvent(new AgentStatusChanged(agentId, agent.shopId(), before, AgentStatus.ONLINE, now));
                });
    }

    /** Revokes the agent's credential: every later request with it gets 401. */
    @Transactional
    public void revoke(UUID agentId) {
        Agent agent = get(agentId);
        if (agent.status() == AgentStatus.REVOKED) {
            return;
        }
        OffsetDateTime now = Timestamps.now(clock);
        if (agents.transition(agentId, agent.status(), AgentStatus.REVOKED, now)) {
            log.info("Agent {} of shop {} revoked", agentId, agent.shopId());
            events.publishEvent(new AgentStatusChanged(agentId, agent.shopId(), agent.status(), AgentStatus.REVOKED, now));
        }
    }
}
