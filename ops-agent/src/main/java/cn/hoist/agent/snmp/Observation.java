package cn.hoist.agent.snmp;

import java.util.Map;
import java.util.Objects;

/**
 * A fact worth telling someone about (device rebooted, interface went down, UPS on battery).
 *
 * @param kind       stable machine-readable kind, e.g. {@code device.rebooted}
 * @param severity   how urgent
 * @param message    one line for a person
 * @param attributes details (ifIndex, supply description, ...)
 */
public record Observation(String kind, Severity severity, String message, Map<String, String> attributes) {
    public Observation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        attributes = Map.copyOf(attributes);
    }
}
