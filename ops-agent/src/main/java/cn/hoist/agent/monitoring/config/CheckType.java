package cn.hoist.agent.monitoring.config;

import java.util.Locale;

/** The checks a device may have besides SNMP. */
public enum CheckType {
    /** Reachability: ICMP echo, else TCP connect to the given ports. */
    ICMP,
    /** A TCP port accepts connections. */
    TCP,
    /** An HTTP(S) URL answers; certificate expiry for HTTPS. */
    HTTP,
    /** The clock offset against an NTP server. */
    NTP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
