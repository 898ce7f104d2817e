package cn.hoist.agent.config.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

import cn.hoist.agent.config.AgentConfig;
import cn.hoist.agent.config.AgentConfigLoader;
import cn.hoist.agent.config.ConfigSection;

/** What a valid configuration will make the agent do: a first line, then each section's own summary. */
final class ConfigSummary {

    private ConfigSummary() {
    }

    static void print(PrintWriter out, AgentConfigLoader loader, AgentConfig config) {
        List<String> headlines = loader.sections().stream().map(s -> headline(s, config)).filter(Objects::nonNull)
                .filter(h -> !h.isEmpty()).toList();
        out.printf("%s: OK%s%n%n", config.source(), headlines.isEmpty() ? "" : ", " + String.join(", ", headlines));
        for (ConfigSection<?> section : loader.sections()) {
            summarise(section, config, out);
        }
    }

    private static <T> String headline(ConfigSection<T> section, AgentConfig config) {
        return section.headline(config.section(section.type()));
    }

    private static <T> void summarise(ConfigSection<T> section, AgentConfig config, PrintWriter out) {
        section.summarise(config.section(section.type()), out);
    }
}
