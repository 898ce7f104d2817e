/** Device profiles (system, IF-MIB, HOST-RESOURCES, Printer-MIB, UPS-MIB) that turn SNMP data into metrics and observations. */
@org.springframework.modulith.NamedInterface("profile")
package cn.hoist.agent.snmp.profile;
