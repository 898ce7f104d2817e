package cn.hoist.agent.snmp;

/** How urgent an observation is. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
