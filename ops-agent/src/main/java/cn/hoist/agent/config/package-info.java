/**
 * The agent's configuration file ({@code HOIST_HOME/agent/agent.yml}) as one {@link cn.hoist.agent.config.AgentConfig}:
 * read with SnakeYAML Engine, each feature's part parsed by that feature's
 * {@link cn.hoist.agent.config.ConfigSection}, every error reported with its line; watched for changes, each applied
 * configuration published as {@link cn.hoist.agent.config.AgentConfigChanged}; {@code ops-agent config check}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package cn.hoist.agent.config;
