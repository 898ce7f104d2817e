package cn.hoist.console.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the agent protocol (prefix {@code hoist.console.ingest}).
 *
 * @param maxRequestSize the largest request body accepted (413 beyond); must exceed the agents'
 *        {@code batch-bytes} plus their largest single report
 * @param requestsPerSecond each agent's sustained rate of report requests (429 beyond); 0 turns the limit off
 * @param burst how many requests an agent may send at once before the sustained rate applies
 */
@ConfigurationProperties("hoist.console.ingest")
public record IngestProperties(DataSize maxRequestSize, Double requestsPerSecond, Integer burst) {

    public IngestProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(8) : maxRequestSize;
        requestsPerSecond = requestsPerSecond == null ? 5.0 : requestsPerSecond;
        burst = burst == null ? 30 : burst;
        if (requestsPerSecond < 0 || burst < 1) {
            throw new IllegalStateException("hoist.console.ingest.requests-per-second must be >= 0 and burst >= 1");
        }
    }

    public boolean rateLimited() {
        return requestsPerSecond > 0;
    }
}
