/** The engineer's {@code check} command: one check, run by hand, with readable output. */
@org.springframework.modulith.NamedInterface("cli")
package cn.hoist.agent.checks.cli;
