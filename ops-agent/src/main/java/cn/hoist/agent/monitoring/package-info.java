/**
 * Monitoring: runs the configured SNMP polls and checks on schedule (dead devices in a slow lane), turns what they
 * find into check results and events for the console, receives traps, reloads the configuration when it changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package cn.hoist.agent.monitoring;
