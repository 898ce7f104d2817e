/** The agent's only listening port is loopback: health is open, Prometheus needs the metrics account, nothing else answers. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package cn.hoist.agent.security;
