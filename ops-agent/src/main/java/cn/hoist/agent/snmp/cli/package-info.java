/** The engineer's {@code snmp get|walk|table} command for checking a device by hand. */
package cn.hoist.agent.snmp.cli;
