/** Who may do what in the console: staff, agents, Spring Boot Admin clients and Prometheus. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package cn.hoist.console.security;
