package cn.hoist.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed (an exception, or stuck past the staleness limit)
 * to that listener again, so that a passing failure (a database restart, a lock timeout) delays a
 * signal instead of losing it. The registry marks a publication resubmitted before it runs it again,
 * so two consoles on one database do not both retry it; listeners are idempotent all the same.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final FailedEventPublications failed;
    private final EventsProperties properties;

    FailedEventRetry(FailedEventPublications failed, EventsProperties properties) {
        this.failed = failed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${hoist.console.events.retry-interval:1m}",
            initialDelayString = "${hoist.console.events.retry-interval:1m}")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(properties.retryAfter()));
        } catch (RuntimeException e) {
            // The next round tries again; a failure here must not stop the schedule.
            log.warn("Could not resubmit failed event publications: {}", e.toString());
        }
    }
}
