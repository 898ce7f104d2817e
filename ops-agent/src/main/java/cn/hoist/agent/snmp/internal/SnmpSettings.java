package cn.hoist.agent.snmp.internal;

import org.snmp4j.SNMP4JSettings;

/** JVM-wide SNMP4J settings the client and the trap receiver rely on. */
final class SnmpSettings {

    private SnmpSettings() {
    }

    static void apply() {
        // Agents (net-snmp too) send usmStatsWrongDigests and usmStatsDecryptionErrors reports unauthenticated: they
        // cannot authenticate with a key they just rejected. SNMP4J's RFC-strict default drops those reports, so a
        // wrong v3 pass phrase would look like a timeout. Accepting them only changes which error we report.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
    }
}
