package cn.hoist.agent.snmp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A received notification, v1 traps already translated to their SNMPv2 form (RFC 3584).
 *
 * @param source        sender address (host:port)
 * @param version       protocol version it came in
 * @param trapOid       snmpTrapOID, e.g. 1.3.6.1.6.3.1.1.5.3 for linkDown
 * @param varbinds      variable bindings after sysUpTime and snmpTrapOID
 * @param receivedAt    when it arrived
 * @param securityName  community (v1/v2c) or USM user (v3)
 */
public record Trap(String source, SnmpVersion version, SnmpOid trapOid, List<SnmpVarbind> varbinds,
                   Instant receivedAt, String securityName) {

    public static final SnmpOid LINK_DOWN = SnmpOid.of("1.3.6.1.6.3.1.1.5.3");
    public static final SnmpOid LINK_UP = SnmpOid.of("1.3.6.1.6.3.1.1.5.4");
    public static final SnmpOid UPS_ON_BATTERY = SnmpOid.of("1.3.6.1.2.1.33.2.0.1");

    public Trap {
        varbinds = List.copyOf(varbinds);
    }

    /** linkDown, linkUp, upsOnBattery or empty for other traps. */
    public Optional<String> wellKnownName() {
        if (LINK_DOWN.equals(trapOid)) {
            return Optional.of("linkDown");
        }
        if (LINK_UP.equals(trapOid)) {
            return Optional.of("linkUp");
        }
        if (UPS_ON_BATTERY.equals(trapOid)) {
            return Optional.of("upsOnBattery");
        }
        return Optional.empty();
    }

    /** Community strings are secrets too. */
    @Override
    public String toString() {
        return "Trap[" + source + " " + version + " " + wellKnownName().orElse(trapOid.toString()) + " varbinds="
                + varbinds.size() + " at " + receivedAt + "]";
    }
}
