/**
 * The agent's side of the agent↔console protocol v1 (docs/protocol/v1): the messages as records and
 * an HTTP client that sends them. Outbound HTTPS only; the agent never listens for the console.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console protocol")
package cn.hoist.agent.protocol;
