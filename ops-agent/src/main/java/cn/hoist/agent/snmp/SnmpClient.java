package cn.hoist.agent.snmp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous SNMP client; one instance (one UDP session) serves the whole agent. Futures complete exceptionally
 * with {@link SnmpTimeoutException}, {@link SnmpAuthenticationException}, {@link SnmpErrorStatusException},
 * {@link SnmpWalkException} or another {@link SnmpException}. Callbacks run on the client's dispatcher threads:
 * do not block in them. {@link SnmpClients#open} opens one.
 */
public interface SnmpClient extends AutoCloseable {

    /** GET of the given OIDs in one request; missing objects come back as noSuchObject/noSuchInstance values. */
    CompletableFuture<List<SnmpVarbind>> get(SnmpTarget target, List<SnmpOid> oids);

    /** All varbinds under {@code root}, in agent order (GETBULK when the target allows it, else GETNEXT). */
    CompletableFuture<List<SnmpVarbind>> walk(SnmpTarget target, SnmpOid root);

    /** The given columns of one table, read together and joined into rows by index. */
    CompletableFuture<SnmpTable> table(SnmpTarget target, List<SnmpOid> columns);

    /** Requests sent since the client opened (retransmissions after a timeout not counted). */
    long requestsSent();

    /** Stops the session; pending requests fail with an {@link SnmpException}. */
    @Override
    void close();
}
