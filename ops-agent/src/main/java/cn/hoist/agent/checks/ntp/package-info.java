/** The one place that uses Apache Commons Net for NTP: the rest of the agent sees {@link cn.hoist.agent.checks.ntp.NtpQuery.Answer}. */
package cn.hoist.agent.checks.ntp;
