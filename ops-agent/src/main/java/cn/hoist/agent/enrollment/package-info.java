/** Enrollment: exchanging a one-time code for the agent's own credential, and keeping it owner-only. */
@org.springframework.modulith.ApplicationModule(displayName = "Enrollment")
package cn.hoist.agent.enrollment;
