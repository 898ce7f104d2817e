/**
 * Incidents: listens to what other modules announce (agent status, device states, agents' events,
 * CRM instances' status in Spring Boot Admin) and keeps it as a journal of incoming signals per shop,
 * on one scale, for the alert rules and incidents that build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents")
package cn.hoist.console.incident;
