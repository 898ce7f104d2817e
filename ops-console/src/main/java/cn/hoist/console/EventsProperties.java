package cn.hoist.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retries of listeners that failed (prefix {@code hoist.console.events}).
 *
 * @param retryInterval how often failed event publications are handed to their listeners again
 * @param retryAfter how long ago a publication must have failed to be retried
 */
@ConfigurationProperties("hoist.console.events")
public record EventsProperties(Duration retryInterval, Duration retryAfter) {

    public EventsProperties {
        retryInterval = retryInterval == null ? Duration.ofMinutes(1) : retryInterval;
        retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
        if (retryInterval.isNegative() || retryInterval.isZero() || retryAfter.isNegative()) {
            throw new IllegalStateException("hoist.console.events.retry-interval must be positive and retry-after >= 0");
        }
    }
}
