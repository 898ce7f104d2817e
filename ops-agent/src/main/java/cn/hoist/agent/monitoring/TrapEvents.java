package cn.hoist.agent.monitoring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;

import cn.hoist.agent.monitoring.config.DeviceConfig;
import cn.hoist.agent.monitoring.config.MonitoringConfig;
import cn.hoist.agent.monitoring.config.TrapConfig;
import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.reporting.ReportBuffer;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTrapReceiver;
import cn.hoist.agent.snmp.SnmpTrapReceivers;
import cn.hoist.agent.snmp.SnmpVarbind;
import cn.hoist.agent.snmp.Trap;
import cn.hoist.agent.snmp.TrapReceiverSettings;

/**
 * The trap receiver, as the configuration says, and its traps as events sent at once: linkDown, linkUp and
 * upsOnBattery by name, any other trap as {@code snmp-trap}. The sender's address is matched to a configured device.
 * A receiver that cannot bind (port 162 without privileges, port taken) is reported and the agent runs on.
 */
final class TrapEvents implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TrapEvents.class);
    private static final SnmpOid IF_INDEX = SnmpOid.of("1.3.6.1.2.1.2.2.1.1");
    private static final SnmpOid IF_DESCR = SnmpOid.of("1.3.6.1.2.1.2.2.1.2");

    private final ReportBuffer reports;
    private final MonitorMetrics metrics;
    private SnmpTrapReceiver receiver;
    private TrapConfig running;
    private volatile Map<String, String> devicesByAddress = Map.of();
    private long rejectedBefore;
    private String failure;

    TrapEvents(ReportBuffer reports, MonitorMetrics metrics) {
        this.reports = reports;
        this.metrics = metrics;
        metrics.trapsRejected(this, TrapEvents::rejected);
    }

    synchronized void apply(MonitoringConfig config) {
        devicesByAddress = addresses(config);
        TrapConfig wanted = config.traps();
        if (wanted.equals(running) && (receiver != null || !wanted.enabled())) {
            return;
        }
        stop();
        running = wanted;
        failure = null;
        if (!wanted.enabled()) {
            return;
        }
        try {
            receiver = SnmpTrapReceivers.start(new TrapReceiverSettings(wanted.bindAddress(), wanted.port(),
                    wanted.communities(), wanted.users()), this::onTrap);
        } catch (RuntimeException e) {
            failure = e.getMessage();
            log.error("Cannot receive SNMP traps: {}", e.getMessage());
            reports.addNow(new Event("trap-receiver-failed", "WARNING", "The agent cannot receive SNMP "
                    + "traps: " + e.getMessage(), null, Map.of("bind", wanted.bindAddress(), "port",
                            Integer.toString(wanted.port()))));
        }
    }

    /**
     * The receiver as a health component: UP while it listens (or traps are off), DOWN while the configuration asks
     * for it and it cannot listen — so the agent's health does not say UP while traps go unheard.
     */
    synchronized Health health() {
        if (running == null || !running.enabled()) {
            return Health.up().withDetail("traps", "off").build();
        }
        if (receiver == null) {
            return Health.down().withDetail("bind", running.bindAddress()).withDetail("port", running.port())
                    .withDetail("error", String.valueOf(failure)).build();
        }
        return Health.up().withDetail("port", receiver.port()).build();
    }

    /** The bound port, or -1 when not listening. */
    synchronized int port() {
        return receiver == null ? -1 : receiver.port();
    }

    synchronized double rejected() {
        return rejectedBefore + (receiver == null ? 0 : receiver.rejected());
    }

    void onTrap(Trap trap) {
        String name = trap.wellKnownName().orElse("other");
        metrics.trapReceived(name);
        reports.addNow(event(trap, name));
    }

    Event event(Trap trap, String name) {
        String host = hostOf(trap.source());
        String device = devicesByAddress.get(host);
        String who = device != null ? device : host;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("source", "trap");
        attributes.put("from", host);
        attributes.put("trapOid", trap.trapOid().toString());
        String port = value(trap, IF_DESCR);
        String index = value(trap, IF_INDEX);
        if (index != null) {
            attributes.put("ifIndex", index);
        }
        if (port != null) {
            attributes.put("ifDescr", port);
        }
        String portName = port != null ? port : index != null ? "interface " + index : "an interface";
        return switch (name) {
            case "linkDown" -> new Event("link-down", "WARNING", portName + " of " + who + " went down (trap)",
                    device, attributes);
            case "linkUp" -> new Event("link-up", "INFO", portName + " of " + who + " is up (trap)", device,
                    attributes);
            case "upsOnBattery" -> new Event("ups-on-battery", "CRITICAL", "UPS " + who + " is on battery (trap)",
                    device, attributes);
            default -> new Event("snmp-trap", "INFO", "trap " + trap.trapOid() + " from " + who, device,
                    attributes);
        };
    }

    /** The sender's IP without the port: SNMP4J writes "10.0.0.5/162", IPv4 with a colon "10.0.0.5:162". */
    static String hostOf(String source) {
        int slash = source.lastIndexOf('/');
        if (slash > 0) {
            return source.substring(0, slash);
        }
        int colon = source.indexOf(':');
        return colon > 0 && colon == source.lastIndexOf(':') ? source.substring(0, colon) : source;
    }

    private static String value(Trap trap, SnmpOid column) {
        for (SnmpVarbind vb : trap.varbinds()) {
            if (vb.oid().startsWith(column) && vb.oid().size() > column.size()) {
                return column.equals(IF_INDEX) ? vb.oid().suffixAfter(column).toString() : vb.value().text();
            }
        }
        return null;
    }

    /** Device addresses (and what their names resolve to now) to device names. */
    private static Map<String, String> addresses(MonitoringConfig config) {
        Map<String, String> map = new HashMap<>();
        for (DeviceConfig d : config.devices()) {
            if (d.address() == null) {
                continue;
            }
            map.putIfAbsent(d.address(), d.name());
            try {
                map.putIfAbsent(InetAddress.getByName(d.address()).getHostAddress(), d.name());
            } catch (UnknownHostException e) {
                // matched by its literal address only
            }
        }
        return Map.copyOf(map);
    }

    private void stop() {
        if (receiver != null) {
            rejectedBefore += receiver.rejected();
            receiver.close();
            receiver = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
