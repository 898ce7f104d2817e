package cn.hoist.console.ingest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How far the console has processed an agent's reports. Every report was processed exactly once
 * and in order when {@code processed == lastSeq} and {@code gaps == 0}.
 *
 * @param lastSeq the highest sequence number processed
 * @param processed how many reports were processed in all
 * @param gaps how many sequence numbers never arrived (lost on the agent's side)
 */
public record ReportStream(UUID agentId, long lastSeq, long processed, long gaps, OffsetDateTime updatedAt) {
}
