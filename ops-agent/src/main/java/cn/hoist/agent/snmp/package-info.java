/** SNMP client, profiles and trap receiver of the ops agent: our own API, with SNMP4J kept behind it. */
package cn.hoist.agent.snmp;
