package cn.hoist.snmpsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.util.MultiThreadedMessageDispatcher;
import org.snmp4j.util.ThreadPool;

/**
 * Lightweight mode for many devices in one JVM: a single SNMP4J session with one UDP transport per device port and a
 * {@link CommandResponder} answering GET/GETNEXT/GETBULK straight from each device's sorted {@link MibData}.
 * All devices share one engine ID and one USM (like cloned devices), which is what lets 1,000 of them run on a
 * small pool of worker threads.
 */
final class LightServer implements AutoCloseable, CommandResponder {

    private final Snmp snmp;
    private final byte[] engineId;
    private final Map<Integer, LightEndpoint> byPort = new ConcurrentHashMap<>();

    private record Served(SimulatedDevice device, Access access) {
    }

    private final Map<Integer, Served> served = new ConcurrentHashMap<>();

    LightServer(byte[] engineId, List<V3User> users, int threads) {
        this.engineId = engineId.clone();
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
        USM usm = new USM(protocols, new OctetString(engineId), 1);
        users.forEach(u -> usm.addUser(u.toUsmUser()));
        SecurityModels models = new SecurityModels();
        models.addSecurityModel(usm);
        MultiThreadedMessageDispatcher dispatcher = new MultiThreadedMessageDispatcher(
                ThreadPool.create("snmpsim-light", threads), new MessageDispatcherImpl());
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(engineId, null, protocols, models, CounterSupport.getInstance()));
        snmp = new Snmp(dispatcher);
        snmp.addCommandResponder(this);
    }

    Endpoint add(SimulatedDevice device, InetAddress bind, int port, Access access) {
        try {
            DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(bind, port));
            snmp.addTransportMapping(transport);
            transport.listen();
            int bound = transport.getListenAddress().getPort();
            served.put(bound, new Served(device, access));
            LightEndpoint e = new LightEndpoint(device, bound, transport);
            byPort.put(bound, e);
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind simulated " + device.kind() + " to port " + port, e);
        }
    }

    @Override
    public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
        PDU request = event.getPDU();
        if (request == null || event.getTransportMapping() == null) {
            return;
        }
        Served target = served.get(((UdpAddress) event.getTransportMapping().getListenAddress()).getPort());
        if (target == null || !allowed(target.access(), event)) {
            return;
        }
        event.setProcessed(true);
        PDU response = Responder.respond(target.device().mib(), request, event.getMessageProcessingModel(),
                event.getMaxSizeResponsePDU());
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            // the client will time out, as with a real agent that failed to answer
        }
    }

    private static boolean allowed(Access access, CommandResponderEvent<?> event) {
        String name = new OctetString(event.getSecurityName()).toString();
        if (event.getSecurityModel() == SecurityModel.SECURITY_MODEL_USM) {
            V3User user = access.user(name);
            return user != null && event.getSecurityLevel() >= user.securityLevel();
        }
        return !access.community().isEmpty() && access.community().equals(name);
    }

    byte[] engineId() {
        return engineId.clone();
    }

    void remove(int port) {
        served.remove(port);
        byPort.remove(port);
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // closing UDP sockets: nothing useful left to do
        }
    }

    private final class LightEndpoint implements Endpoint {
        private final SimulatedDevice device;
        private final int port;
        private final DefaultUdpTransportMapping transport;

        LightEndpoint(SimulatedDevice device, int port, DefaultUdpTransportMapping transport) {
            this.device = device;
            this.port = port;
            this.transport = transport;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public SimulatedDevice device() {
            return device;
        }

        @Override
        public byte[] engineId() {
            return LightServer.this.engineId();
        }

        @Override
        public void close() {
            remove(port);
            snmp.removeTransportMapping(transport);
            try {
                transport.close();
            } catch (IOException e) {
                // nothing useful left to do
            }
        }
    }
}
