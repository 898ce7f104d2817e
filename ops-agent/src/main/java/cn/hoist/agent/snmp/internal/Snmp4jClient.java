package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTable;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.snmp4j.Snmp;
import org.snmp4j.fluent.SnmpBuilder;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link SnmpClient} on one long-lived SNMP4J session. */
public final class Snmp4jClient implements SnmpClient {

    private static final Logger log = LoggerFactory.getLogger(Snmp4jClient.class);
    private static final int RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

    private final Snmp snmp;
    private final RequestGate gate;
    private final Exchange exchange;
    private final ExecutorService discoveryPool;
    private final SnmpClientSettings settings;

    private Snmp4jClient(Snmp snmp, SnmpClientSettings settings) {
        this.snmp = snmp;
        this.settings = settings;
        this.gate = new RequestGate(settings.maxInFlight(), settings.maxInFlightPerDevice());
        AtomicInteger n = new AtomicInteger();
        this.discoveryPool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "snmp-v3-discovery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        SecurityProtocols protocols = snmp.getUSM().getSecurityProtocols();
        this.exchange = new Exchange(snmp, gate, new V3Targets(protocols), discoveryPool);
    }

    public static SnmpClient open(SnmpClientSettings settings) {
        SnmpSettings.apply();
        try {
            DefaultUdpTransportMapping udp = new DefaultUdpTransportMapping(
                    new UdpAddress(new InetSocketAddress(0).getAddress(), 0));
            // Many responses arrive together when many devices answer at once; on loopback each datagram costs
            // kilobytes of socket buffer, so the default (~208 KB) overflows at a few dozen and the kernel drops
            // responses (seen as timeouts) whenever the reader is briefly short of CPU. The kernel caps this at
            // net.core.rmem_max.
            udp.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
            SnmpBuilder builder = new SnmpBuilder()
                    .securityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility)
                    .tm(udp).v1().v2c().v3().usm();
            if (settings.dispatcherThreads() > 0) {
                builder.threads(settings.dispatcherThreads());
            }
            Snmp snmp = builder.build();
            return new Snmp4jClient(snmp, settings);
        } catch (IOException e) {
            throw new SnmpException("cannot open SNMP session: " + e.getMessage(), e);
        }
    }

    @Override
    public CompletableFuture<List<SnmpVarbind>> get(SnmpTarget target, List<SnmpOid> oids) {
        if (oids.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return exchange.send(target, Pdus.get(oids)).thenApply(pdu -> {
            Responses.checkErrorStatus(target, pdu);
            return Values.fromBindings(pdu.getVariableBindings());
        });
    }

    @Override
    public CompletableFuture<List<SnmpVarbind>> walk(SnmpTarget target, SnmpOid root) {
        return new Walk(exchange, target, List.of(root), settings.maxWalkVarbinds()).run()
                .thenCompose(lists -> {
                    if (!lists.get(0).isEmpty()) {
                        return CompletableFuture.completedFuture(lists.get(0));
                    }
                    // Like snmpwalk: a root that is itself an instance (sysUpTime.0) has nothing below it.
                    return get(target, List.of(root)).thenApply(vbs -> vbs.stream()
                            .filter(vb -> !vb.value().isException()).toList());
                });
    }

    @Override
    public CompletableFuture<SnmpTable> table(SnmpTarget target, List<SnmpOid> requested) {
        List<SnmpOid> columns = requested.stream().distinct().toList();
        return new Walk(exchange, target, columns, settings.maxWalkVarbinds()).run().thenApply(lists -> {
            // Cells are gathered by row index in a hash map and the rows sorted once at the end; each row's values
            // become an immutable map directly (the row keeps it as it is, without copying).
            Map<SnmpOid, SnmpValue[]> cells = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                SnmpOid column = columns.get(i);
                for (SnmpVarbind vb : lists.get(i)) {
                    cells.computeIfAbsent(vb.oid().suffixAfter(column), k -> new SnmpValue[columns.size()])[i] =
                            vb.value();
                }
            }
            SortedMap<SnmpOid, SnmpTable.Row> rows = new TreeMap<>();
            cells.forEach((index, values) -> rows.put(index, new SnmpTable.Row(index, byColumn(columns, values))));
            return new SnmpTable(columns, rows);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<SnmpOid, SnmpValue> byColumn(List<SnmpOid> columns, SnmpValue[] values) {
        List<Map.Entry<SnmpOid, SnmpValue>> entries = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                entries.add(Map.entry(columns.get(i), values[i]));
            }
        }
        return Map.ofEntries(entries.toArray(Map.Entry[]::new));
    }

    @Override
    public long requestsSent() {
        return exchange.sent();
    }

    @Override
    public void close() {
        gate.close();
        discoveryPool.shutdownNow();
        try {
            snmp.close();
            discoveryPool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            log.warn("closing SNMP session: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
