package cn.hoist.console.fleet.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.console.ConsoleProperties;
import cn.hoist.console.fleet.Agent;
import cn.hoist.console.fleet.AgentStatus;
import cn.hoist.console.fleet.AgentStatusChanged;
import cn.hoist.platform.Timestamps;

/**
 * Marks agents OFFLINE when their heartbeats stop. Runs every few seconds; the transition is
 * conditional on the status it read, so a heartbeat arriving at the same moment wins.
 */
@Component
public class OfflineSweeper {

    private static final Logger log = LoggerFactory.getLogger(OfflineSweeper.class);

    private final AgentRepository agents;
    private final ConsoleProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OfflineSweeper(AgentRepository agents, ConsoleProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.agents = agents;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hoist.console.offline-sweep-interval:5s}", initialDelayString = "5s")
    public void sweep() {
        OffsetDateTime now = Timestamps.now(clock);
        OffsetDateTime cutoff = now.minus(properties.agentOfflineAfter());
        for (Agent agent : agents.silentSince(cutoff)) {
            transactions.executeWithoutResult(tx -> {
                if (agents.transition(agent.id(), agent.status(), AgentStatus.OFFLINE, now)) {
                    log.warn("Agent {} of shop {} is OFFLINE: no heartbeat since {}", agent.id(), agent.shopId(),
                            agent.lastSeenAt() == null ? agent.enrolledAt() : agent.lastSeenAt());
                    events.publishEvent(new AgentStatusChanged(agent.id(), agent.shopId(), agent.status(),
                            AgentStatus.OFFLINE, now));
                }
            });
        }
    }
}
