package cn.hoist.agent.monitoring;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import cn.hoist.agent.snmp.SnmpOid;

/**
 * The simulator's ceiling for the agent's own request mix: the four requests the agent sends per device in a cycle
 * (a GET of the four system objects; GETBULKs of the ifXTable columns from the start and from row 20, and of the
 * hrStorageTable columns, max-repetitions 20) sent by plain SNMP4J, with none of the agent's work around them
 * (no per-device order, no table assembly, no results), as fast as the in-flight window allows.
 */
final class MixCeiling {

    private static final int MAX_REPETITIONS = 20;

    private MixCeiling() {
    }

    static double run(BenchSimulator sim, int inFlight, int rounds, PollBenchmark.Report report) throws Exception {
        List<List<OID>> requests = List.of(oids(PollBenchmark.SYSTEM), oids(PollBenchmark.IFX_COLUMNS),
                oids(PollBenchmark.IFX_COLUMNS.stream().map(c -> c.append(MAX_REPETITIONS)).toList()),
                oids(PollBenchmark.HR_COLUMNS));
        DefaultUdpTransportMapping udp = new DefaultUdpTransportMapping();
        udp.setReceiveBufferSize(4 << 20);
        try (Snmp snmp = new Snmp(udp)) {
            snmp.listen();
            int total = rounds * sim.devices * requests.size();
            Semaphore window = new Semaphore(inFlight);
            CountDownLatch done = new CountDownLatch(total);
            AtomicInteger failed = new AtomicInteger();
            ResponseListener listener = new ResponseListener() {
                @Override
                public <A extends Address> void onResponse(ResponseEvent<A> event) {
                    ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                    if (event.getResponse() == null || event.getResponse().getErrorStatus() != 0) {
                        failed.incrementAndGet();
                    }
                    window.release();
                    done.countDown();
                }
            };
            long start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (int device = 0; device < sim.devices; device++) {
                    CommunityTarget<UdpAddress> target = new CommunityTarget<>(
                            new UdpAddress("127.0.0.1/" + (sim.basePort + device)), new OctetString("public"));
                    target.setVersion(SnmpConstants.version2c);
                    target.setTimeout(3000);
                    target.setRetries(0);
                    for (int r = 0; r < requests.size(); r++) {
                        window.acquire();
                        snmp.send(pdu(requests.get(r), r > 0), target, null, listener);
                    }
                }
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the mix ceiling did not finish");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = (total - failed.get()) / seconds;
            report.line("ceiling for the agent's request mix, %d in flight: %d requests in %.2f s = %.0f responses/s,"
                    + " %d lost", inFlight, total, seconds, rate, failed.get());
            return rate;
        }
    }

    private static PDU pdu(List<OID> oids, boolean bulk) {
        PDU pdu = new PDU();
        oids.forEach(oid -> pdu.add(new VariableBinding(oid)));
        pdu.setType(bulk ? PDU.GETBULK : PDU.GET);
        if (bulk) {
            pdu.setNonRepeaters(0);
            pdu.setMaxRepetitions(MAX_REPETITIONS);
        }
        return pdu;
    }

    private static List<OID> oids(List<SnmpOid> oids) {
        return oids.stream().map(o -> new OID(o.arcs())).toList();
    }
}
