package cn.hoist.agent.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the agent's configuration is and how often it is looked at (prefix {@code hoist.agent.config}). The older
 * names {@code hoist.agent.monitoring.config-file} and {@code hoist.agent.monitoring.reload-interval} are still
 * read when these are not set (see {@link ConfigConfiguration}).
 *
 * @param file           agent.yml (default HOIST_HOME/agent/agent.yml)
 * @param reloadInterval how often the file is looked at for changes (default 10 s)
 */
@ConfigurationProperties("hoist.agent.config")
public record AgentConfigProperties(Path file, Duration reloadInterval) {
}
