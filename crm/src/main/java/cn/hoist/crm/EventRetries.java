package cn.hoist.crm;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose listener failed to it again, every {@code hoist.crm.event-retry-interval}: a failure (a lock
 * timeout, a database briefly away) must not wait for the next restart, when outstanding publications are delivered
 * again anyway. Listeners are idempotent, so a second CRM instance retrying the same publication does no harm.
 */
@Component
class EventRetries {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetries.class);

    private final FailedEventPublications failed;
    private final Duration interval;

    EventRetries(FailedEventPublications failed, @Value("${hoist.crm.event-retry-interval:1m}") Duration interval) {
        this.failed = failed;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${hoist.crm.event-retry-interval:1m}",
            initialDelayString = "${hoist.crm.event-retry-interval:1m}")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(interval));
        } catch (RuntimeException e) {
            LOG.warn("Could not hand failed event publications to their listeners again; next try in {}", interval, e);
        }
    }
}
