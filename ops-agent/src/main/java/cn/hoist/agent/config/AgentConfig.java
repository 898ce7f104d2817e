package cn.hoist.agent.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole agent.yml, valid: each feature's part as its {@link ConfigSection} parsed it.
 *
 * @param source   the file it came from (or would have: without a file every section has its defaults)
 * @param sections the parsed sections by their type
 */
public record AgentConfig(Path source, Map<Class<?>, Object> sections) {

    public AgentConfig {
        sections = Map.copyOf(sections);
    }

    /** The section of the given type; every installed section is present in a valid configuration. */
    public <T> T section(Class<T> type) {
        Object value = sections.get(type);
        if (value == null) {
            throw new IllegalArgumentException("no configuration section of type " + type.getName()
                    + " is installed (META-INF/services/" + ConfigSection.class.getName() + ")");
        }
        return type.cast(value);
    }

    /** Whether the section of {@code type} differs between {@code previous} (null: none yet) and this one. */
    public boolean changed(AgentConfig previous, Class<?> type) {
        return previous == null || !previous.sections.get(type).equals(sections.get(type));
    }
}
