package cn.hoist.console.ingest;

import java.time.OffsetDateTime;

/**
 * One processed report: its sequence number in the agent's stream, when the agent made it, and its body.
 * Each sequence number of an agent is handed on once.
 */
public record Received<B extends ReportBody>(long seq, OffsetDateTime time, B body) {
}
