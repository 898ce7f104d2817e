/** SNMP4J-based implementation of the SNMP API; nothing outside {@code cn.hoist.agent.snmp} uses it directly. */
package cn.hoist.agent.snmp.internal;
