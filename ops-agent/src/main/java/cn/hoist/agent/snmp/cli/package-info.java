/** The engineer's {@code snmp get|walk|table} command for checking a device by hand. */
@org.springframework.modulith.NamedInterface("cli")
package cn.hoist.agent.snmp.cli;
