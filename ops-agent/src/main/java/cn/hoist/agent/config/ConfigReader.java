package cn.hoist.agent.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;


/**
 * Reads the nodes of agent.yml (SnakeYAML Engine's, which keep their line and column) for the {@link ConfigSection}s,
 * and collects problems with the line and column of the node at fault, so that one pass reports every mistake in the
 * file instead of stopping at the first. {@code ${NAME}} in a value is replaced from the environment.
 */
public final class ConfigReader {

    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Function<String, String> env;

    ConfigReader(Function<String, String> env) {
        this.env = env;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public void error(Node node, String message) {
        Mark mark = node == null ? null : node.getStartMark().orElse(null);
        problems.add(mark == null ? new ConfigProblem(0, 0, message)
                : new ConfigProblem(mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    /** The entries of a mapping; unknown and duplicate keys are reported. Null (reported) if it is no mapping. */
    public ConfigMapping mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " must be a mapping of key: value lines");
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                error(tuple.getKeyNode(), "keys of " + what + " must be plain words");
                continue;
            }
            String name = key.getValue();
            if (!allowed.contains(name)) {
                error(key, "unknown key '" + name + "' in " + what + Suggestions.didYouMean(name, allowed));
            } else if (values.containsKey(name)) {
                error(key, "duplicate key '" + name + "' in " + what);
            } else {
                values.put(name, tuple.getValueNode());
            }
        }
        return new ConfigMapping(this, mapping, what, values);
    }

    /** The items of a sequence (a single scalar counts as a list of one). Empty (reported) otherwise. */
    public List<Node> items(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
            return List.of(node);
        }
        if (node instanceof ScalarNode) {
            return List.of();
        }
        error(node, what + " must be a list");
        return List.of();
    }

    /** A scalar's text with ${NAME} replaced from the environment; null (reported) when not a scalar or unset. */
    public String text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, what + " must be a single value, not a list or mapping");
            return null;
        }
        Matcher m = ENV.matcher(scalar.getValue());
        StringBuilder out = new StringBuilder();
        boolean missing = false;
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null) {
                error(node, "environment variable " + m.group(1) + " (used by " + what + ") is not set");
                missing = true;
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return missing ? null : out.toString();
    }

    /**
     * A section's mapping: absent or explicitly empty reads as an empty mapping so that defaults apply; a section
     * that is not a mapping is reported and read as empty too.
     *
     * @param node   the section's node, or null when the file has none
     * @param parent where to point problems about a missing section
     */
    public ConfigMapping section(Node node, Node parent, String name, Set<String> keys) {
        ConfigMapping f = node == null || isNull(node) ? null : mapping(node, name, keys);
        return f != null ? f : new ConfigMapping(this, node == null ? parent : node, name, Map.of());
    }

    /** A mapping without entries standing at {@code node} (e.g. {@code snmp: true}: every value from its parent). */
    public ConfigMapping empty(Node node, String what) {
        return new ConfigMapping(this, node, what, Map.of());
    }

    /** Whether the node is an explicit null ({@code key:} with nothing after it, or {@code ~}). */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
                || s.getValue().equals("null"));
    }
}
