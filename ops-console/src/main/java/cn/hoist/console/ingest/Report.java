package cn.hoist.console.ingest;

import java.time.OffsetDateTime;

/**
 * One report of a batch, validated against the protocol schema, its body parsed.
 *
 * @param type the type as the agent sent it
 * @param body the parsed body; null when this console does not know the type (a newer agent)
 */
public record Report(long seq, OffsetDateTime time, String type, ReportBody body) {
}
