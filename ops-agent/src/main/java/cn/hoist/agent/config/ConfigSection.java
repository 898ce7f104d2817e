package cn.hoist.agent.config;

import java.io.PrintWriter;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One feature's part of agent.yml: the top-level keys it owns, how it parses and validates them, and how
 * {@code ops-agent config check} describes what it read. The config module knows no feature: it finds the sections
 * with {@link java.util.ServiceLoader} ({@code META-INF/services/cn.hoist.agent.config.ConfigSection}, the same for
 * the CLI, which has no Spring context, and the service), so an implementation needs a public no-argument
 * constructor. Parsing is pure: it reads the nodes and reports problems, it starts nothing.
 *
 * @param <T> what the section parses to, an immutable value with a meaningful {@code equals} (a feature compares the
 *            old and new value to tell whether its part changed)
 */
public interface ConfigSection<T> {

    /** The type of the parsed section; {@link AgentConfig#section} looks it up by this type. */
    Class<T> type();

    /** The top-level keys of agent.yml this section owns; no two sections may own the same key. */
    Set<String> keys();

    /**
     * Parses the section from the file's top-level mapping (whose keys were checked already). Every problem goes to
     * {@code reader} with the node at fault; the returned value is used only when the whole file has no problem.
     *
     * @param top the file's top-level mapping: {@code top.get(key)} for each of {@link #keys()}; empty for a file
     *            without them, so that the defaults apply
     */
    T parse(ConfigReader reader, ConfigMapping top);

    /** What the summary's first line says about this section, e.g. "3 device(s)"; empty to say nothing. */
    default String headline(T value) {
        return "";
    }

    /** Describes the parsed section for {@code ops-agent config check}. */
    default void summarise(T value, PrintWriter out) {
    }

    /** The node of a top-level key, to point problems at; {@code top}'s own node when the key is absent. */
    static Node nodeOf(ConfigMapping top, String key) {
        return top.get(key).orElse(top.node());
    }
}
