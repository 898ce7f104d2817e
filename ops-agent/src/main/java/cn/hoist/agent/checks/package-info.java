/** Checks without SNMP: reachability (ICMP, else TCP), TCP ports, HTTP(S), NTP offset, the local host, the CRM's health. */
@org.springframework.modulith.ApplicationModule(displayName = "Checks")
package cn.hoist.agent.checks;
