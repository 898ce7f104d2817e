/** Simulated SNMP devices (switch, printer, UPS, server) for tests, local runs and benchmarks. */
package cn.hoist.snmpsim;
