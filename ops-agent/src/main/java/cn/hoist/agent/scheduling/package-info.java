/**
 * Scheduling: every recurring job of the agent under a stable key, either in memory (frequent work such as polls and
 * heartbeats; gone with the process, which is right for it) or persistent in Quartz's JDBC job store in the agent's
 * database (backups and restore drills: a run whose time passed while the agent was down runs once at the next
 * start). No job ever overlaps itself. Quartz is used only here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package cn.hoist.agent.scheduling;
