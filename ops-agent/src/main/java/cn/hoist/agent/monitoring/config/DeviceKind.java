package cn.hoist.agent.monitoring.config;

import java.util.List;
import java.util.Locale;

/** The kinds of device the protocol knows; each brings its default SNMP profiles. */
public enum DeviceKind {
    SERVER("system", "host-resources"),
    WORKSTATION("system", "host-resources"),
    POS("system"),
    ROUTER("system", "interfaces"),
    SWITCH("system", "interfaces"),
    PRINTER("system", "printer"),
    UPS("system", "ups"),
    NAS("system", "interfaces", "host-resources"),
    OTHER("system");

    private final List<String> defaultProfiles;

    DeviceKind(String... defaultProfiles) {
        this.defaultProfiles = List.of(defaultProfiles);
    }

    public List<String> defaultProfiles() {
        return defaultProfiles;
    }

    /** The protocol's name: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
