/** The {@code ops-agent} command tree: the root command registers each feature's subcommands. */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package cn.hoist.agent.cli;
