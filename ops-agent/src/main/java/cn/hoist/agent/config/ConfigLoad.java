package cn.hoist.agent.config;

import java.util.List;

/**
 * The result of reading a configuration file: the configuration when it is valid, else every problem found.
 *
 * @param config   the configuration, or null when there are problems
 * @param problems what is wrong, in file order
 */
public record ConfigLoad(AgentConfig config, List<ConfigProblem> problems) {

    public ConfigLoad {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
