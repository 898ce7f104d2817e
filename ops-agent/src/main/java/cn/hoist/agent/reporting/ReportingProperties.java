package cn.hoist.agent.reporting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Reporting settings (prefix {@code hoist.agent.reporting}).
 *
 * @param heartbeatInterval how often the agent says it is alive (the console's offline time should be ~3×)
 * @param batchSize most reports per request to the console
 * @param batchBytes most payload bytes per request
 * @param spoolMaxBytes the spool's size cap: past it, bulky reports (check results) are dropped and counted
 * @param segmentBytes size of one spool file
 * @param retryMin first wait after a failed send
 * @param retryMax longest wait between attempts
 * @param flushInterval how long buffered reports (check results) may wait to be written to the spool together
 */
@ConfigurationProperties("hoist.agent.reporting")
public record ReportingProperties(Duration heartbeatInterval, Integer batchSize, DataSize batchBytes,
        DataSize spoolMaxBytes, DataSize segmentBytes, Duration retryMin, Duration retryMax, Duration flushInterval) {

    public ReportingProperties {
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(30) : heartbeatInterval;
        batchSize = batchSize == null ? 500 : Math.min(batchSize, 500);
        batchBytes = batchBytes == null ? DataSize.ofMegabytes(1) : batchBytes;
        spoolMaxBytes = spoolMaxBytes == null ? DataSize.ofMegabytes(256) : spoolMaxBytes;
        segmentBytes = segmentBytes == null ? DataSize.ofMegabytes(8) : segmentBytes;
        retryMin = retryMin == null ? Duration.ofSeconds(1) : retryMin;
        retryMax = retryMax == null ? Duration.ofMinutes(5) : retryMax;
        flushInterval = flushInterval == null ? Duration.ofSeconds(1) : flushInterval;
    }
}
