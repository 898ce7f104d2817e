package cn.hoist.snmpsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DefaultMOServer;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.mp.CounterSupport;

/**
 * One device served by snmp4j-agent's {@link CommandProcessor}: the agent library does the protocol work (GET,
 * GETNEXT, GETBULK with truncation, v1 Counter64 skipping, USM), we supply the data and a simple access control.
 * Each endpoint has its own SNMP engine (own engine ID, own USM), like a real device.
 */
final class AgentEndpoint implements Endpoint {

    private final SimulatedDevice device;
    private final Snmp snmp;
    private final byte[] engineId;
    private final int port;

    AgentEndpoint(SimulatedDevice device, InetAddress bind, int port, Access access, byte[] engineId) {
        this.device = device;
        this.engineId = engineId.clone();
        try {
            SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
            USM usm = new USM(protocols, new OctetString(engineId), 1);
            access.users().forEach(u -> usm.addUser(u.toUsmUser()));
            SecurityModels models = new SecurityModels();
            models.addSecurityModel(usm);
            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            dispatcher.addMessageProcessingModel(new MPv1());
            dispatcher.addMessageProcessingModel(new MPv2c());
            dispatcher.addMessageProcessingModel(new MPv3(engineId, null, protocols, models,
                    CounterSupport.getInstance()));
            DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(bind, port));
            snmp = new Snmp(dispatcher, transport);
            CommandProcessor processor = new CommandProcessor(new OctetString(engineId));
            AccessControl control = new AccessControl(access, engineId);
            processor.setVacm(control);
            processor.setCoexistenceProvider(control);
            DefaultMOServer server = new DefaultMOServer();
            server.register(new MibManagedObject(device.mib()), null);
            processor.addMOServer(server);
            snmp.addCommandResponder(processor);
            snmp.listen();
            this.port = transport.getListenAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind simulated " + device.kind() + " to port " + port, e);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException(e);
        }
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
        return engineId.clone();
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            // closing a UDP socket: nothing useful left to do
        }
    }
}
