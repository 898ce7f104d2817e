/**
 * Reporting: every report (heartbeat, check result, event, ...) is written to the durable on-disk
 * spool before anything else happens, then sent to the console in batches, in order, with backoff,
 * until the console acknowledges it. Nothing is dropped silently: past the spool's size cap, bulky
 * reports are counted and an overflow event tells the console what was lost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package cn.hoist.agent.reporting;
