package cn.hoist.console.ingest.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.console.ingest.ReportStream;

/** Per agent, the highest report sequence number processed and the counts ({@code report_stream}). */
@Repository
public class ReportStreams {

    private final JdbcClient jdbc;

    public ReportStreams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the agent's stream at 0; called in the transaction that enrolls the agent. */
    public void create(UUID agentId, OffsetDateTime now) {
        jdbc.sql("insert into report_stream (agent_id, last_seq, updated_at) values (?, 0, ?)")
                .params(agentId, now).update();
    }

    /**
     * The last processed sequence number, with the agent's row locked until the transaction ends so
     * that two batches of one agent (a retry racing the original) are processed one after the other.
     */
    public long lockLastSeq(UUID agentId) {
        return jdbc.sql("select last_seq from report_stream where agent_id = ? for update").param(agentId)
                .query(Long.class).single();
    }

    /** Moves the high-water mark and adds the batch's processed reports and skipped numbers to the counts. */
    public void advance(UUID agentId, long lastSeq, long processed, long gaps, OffsetDateTime now) {
        jdbc.sql("update report_stream set last_seq = ?, processed = processed + ?, gaps = gaps + ?, updated_at = ?"
                        + " where agent_id = ?")
                .params(lastSeq, processed, gaps, now, agentId).update();
    }

    public Optional<ReportStream> find(UUID agentId) {
        return jdbc.sql("select agent_id, last_seq, processed, gaps, updated_at from report_stream where agent_id = ?")
                .param(agentId)
                .query((rs, row) -> new ReportStream(rs.getObject("agent_id", UUID.class), rs.getLong("last_seq"),
                        rs.getLong("processed"), rs.getLong("gaps"), rs.getObject("updated_at", OffsetDateTime.class)))
                .optional();
    }
}
