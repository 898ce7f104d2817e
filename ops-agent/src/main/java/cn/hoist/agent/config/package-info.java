/**
 * The monitoring configuration ({@code HOIST_HOME/agent/agent.yml}): devices, their SNMP settings, checks and
 * thresholds, the trap receiver, local checks; parsed with every error reported with its line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring configuration")
package cn.hoist.agent.config;
