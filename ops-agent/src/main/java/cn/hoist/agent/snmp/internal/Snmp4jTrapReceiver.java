package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.SnmpTrapReceiver;
import cn.hoist.agent.snmp.SnmpUser;
import cn.hoist.agent.snmp.Trap;
import cn.hoist.agent.snmp.TrapReceiverSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.TransportStateReference;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.transport.TransportListener;
import org.snmp4j.TransportMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trap receiver on its own SNMP4J session and UDP socket. A datagram that does not end up as a delivered trap (garbage,
 * wrong community, unknown v3 user, bad digest) is counted and logged at most once a minute per sender at WARN, so a noisy
 * or hostile sender cannot flood the log; SNMP4J itself drops such datagrams without throwing.
 */
public final class Snmp4jTrapReceiver implements SnmpTrapReceiver, CommandResponder {

    private static final Logger log = LoggerFactory.getLogger(Snmp4jTrapReceiver.class);

    private final Snmp snmp;
    private final TrapReceiverSettings settings;
    private final Consumer<Trap> listener;
    private final RateLimitedLog rejectLog = new RateLimitedLog(log, 60_000);
    private final int port;
    private volatile long delivered;
    private volatile long rejected;
    private long deliveredAtLastDatagram;

    private Snmp4jTrapReceiver(TrapReceiverSettings settings, Consumer<Trap> listener) throws IOException {
        this.settings = settings;
        this.listener = listener;
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
        byte[] engineId = MPv3.createLocalEngineID();
        USM usm = new USM(protocols, new OctetString(engineId), 0);
        for (SnmpUser u : settings.users()) {
            // Without an engine ID the USM localizes the user to each sender's engine on first use.
            OID auth = Security.authId(u.authProtocol());
            OID priv = Security.privId(u.privProtocol());
            usm.addUser(new UsmUser(new OctetString(u.name()), auth,
                    auth == null ? null : new OctetString(u.authPassword()), priv,
                    priv == null ? null : new OctetString(u.privPassword())));
        }
        SecurityModels models = new SecurityModels();
        models.addSecurityModel(usm);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(engineId, null, protocols, models, CounterSupport.getInstance()));
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(
                new UdpAddress(InetAddress.getByName(settings.bindAddress()), settings.port()));
        snmp = new Snmp(dispatcher, transport);
        snmp.addCommandResponder(this);
        // Added after the dispatcher's own listener, so it runs once the datagram has been processed.
        transport.addTransportListener(new TransportListener() {
            @Override
            public <A extends Address> void processMessage(TransportMapping<? super A> sourceTransport,
                    A incomingAddress, ByteBuffer wholeMessage, TransportStateReference tmStateReference) {
                afterDatagram(incomingAddress);
            }
        });
        snmp.listen();
        this.port = transport.getListenAddress().getPort();
        log.info("SNMP trap receiver listening on {}:{} ({})", settings.bindAddress(), port, settings);
    }

    public static SnmpTrapReceiver start(TrapReceiverSettings settings, Consumer<Trap> listener) {
        SnmpSettings.apply();
        try {
            return new Snmp4jTrapReceiver(settings, listener);
        } catch (IOException e) {
            throw new SnmpException("cannot listen for traps on " + settings.bindAddress() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
        PDU pdu = event.getPDU();
        if (pdu == null) {
            return;
        }
        if (pdu.getType() != PDU.TRAP && pdu.getType() != PDU.V1TRAP && pdu.getType() != PDU.INFORM) {
            return;
        }
        event.setProcessed(true);
        Trap trap = TrapConversion.toTrap(event);
        if (trap.version() != cn.hoist.agent.snmp.SnmpVersion.V3 && !settings.communities().isEmpty()
                && !settings.communities().contains(trap.securityName())) {
            return;
        }
        if (pdu.getType() == PDU.INFORM) {
            acknowledge(event);
        }
        try {
            listener.accept(trap);
        } catch (RuntimeException e) {
            log.warn("trap listener failed on {}: {}", trap, e.toString());
        }
        delivered++;
    }

    /** The sender without its port, so one host is one key however many source ports it uses. */
    private static String hostOf(Address from) {
        return from instanceof org.snmp4j.smi.IpAddress ip ? ip.getInetAddress().getHostAddress() : String.valueOf(from);
    }

    private void afterDatagram(Address from) {
        if (delivered == deliveredAtLastDatagram) {
            rejected++;
            rejectLog.warn(hostOf(from), "dropped SNMP datagram(s) on trap port {}: malformed, unknown community"
                    + " or unauthenticated (from {}, {} in total)", port, from, rejected);
        }
        deliveredAtLastDatagram = delivered;
    }

    private static void acknowledge(CommandResponderEvent<?> event) {
        PDU response = (PDU) event.getPDU().clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            log.debug("cannot acknowledge inform from {}: {}", event.getPeerAddress(), e.getMessage());
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public long rejected() {
        return rejected;
    }

    @Override
    public long received() {
        return delivered;
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            log.debug("closing trap receiver: {}", e.getMessage());
        }
    }
}
