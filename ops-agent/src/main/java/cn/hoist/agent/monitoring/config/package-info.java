/** Monitoring's part of agent.yml (devices, checks, thresholds, traps, local checks): its records and parser. */
package cn.hoist.agent.monitoring.config;
