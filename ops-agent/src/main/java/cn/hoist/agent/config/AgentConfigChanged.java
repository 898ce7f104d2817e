package cn.hoist.agent.config;

/**
 * A configuration was applied: at start (with {@code previous} null), and each time agent.yml changed and is valid.
 * Published synchronously, in order, on the thread that read the file; features apply their section in their
 * listener and use {@link AgentConfig#changed} to skip work when their part is unchanged. A file with errors
 * publishes nothing (the last good configuration stays in force).
 *
 * @param previous the configuration in force until now, or null at start
 * @param current  the configuration now in force
 */
public record AgentConfigChanged(AgentConfig previous, AgentConfig current) {
}
