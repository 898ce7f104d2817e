/** The engineer's {@code config check} command. */
@org.springframework.modulith.NamedInterface("cli")
package cn.hoist.agent.config.cli;
