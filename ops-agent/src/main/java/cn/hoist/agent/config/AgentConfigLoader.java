package cn.hoist.agent.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads agent.yml into an {@link AgentConfig}. SnakeYAML Engine composes the file into nodes that keep their line
 * and column; the loader checks the top-level keys against those the sections own and lets each
 * {@link ConfigSection} parse its own, so that every problem of the file (unknown keys, wrong types, missing fields,
 * unset environment variables, and whatever each section checks) is reported in one pass, in file order.
 */
public final class AgentConfigLoader {

    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final List<ConfigSection<?>> sections;
    private final Set<String> keys;

    /** A loader over the given sections; two sections owning one key is a programming error. */
    public AgentConfigLoader(List<? extends ConfigSection<?>> sections) {
        this.sections = List.copyOf(sections);
        Map<String, ConfigSection<?>> owners = new HashMap<>();
        for (ConfigSection<?> section : this.sections) {
            for (String key : section.keys()) {
                ConfigSection<?> other = owners.putIfAbsent(key, section);
                if (other != null) {
                    throw new IllegalStateException("agent.yml key '" + key + "' is claimed by both "
                            + other.getClass().getName() + " and " + section.getClass().getName());
                }
            }
        }
        this.keys = Set.copyOf(owners.keySet());
    }

    /** A loader over every section on the class path ({@code META-INF/services}); the CLI and the service use it. */
    @SuppressWarnings("rawtypes")
    public static AgentConfigLoader installed() {
        List<ConfigSection<?>> found = new ArrayList<>();
        for (ConfigSection section : ServiceLoader.load(ConfigSection.class, AgentConfigLoader.class.getClassLoader())) {
            found.add(section);
        }
        found.sort(Comparator.comparing(s -> s.getClass().getName()));
        return new AgentConfigLoader(found);
    }

    public List<ConfigSection<?>> sections() {
        return sections;
    }

    /** Reads and validates a file; {@code env} resolves ${NAME} references. */
    public ConfigLoad load(Path file, Function<String, String> env) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed("the file is larger than 4 MB; is it the right file?");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file, env);
        } catch (NoSuchFileException e) {
            return failed("no such file");
        } catch (IOException e) {
            return failed("cannot read the file: " + e.getMessage());
        }
    }

    /** What the agent does without a file: every section with its defaults. */
    public AgentConfig defaults(Path source) {
        ConfigLoad load = parse("{}", source, name -> null);
        if (!load.valid()) {
            throw new IllegalStateException("the configuration's defaults are not valid: " + load.problems());
        }
        return load.config();
    }

    /** Parses and validates the text of a file named {@code source}. */
    public ConfigLoad parse(String text, Path source, Function<String, String> env) {
        ConfigReader reader = new ConfigReader(env);
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(source.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            return new ConfigLoad(null, List.of(new ConfigProblem(line, column, "not valid YAML: " + e.getProblem()
                    + (e.getContext() == null ? "" : " " + e.getContext()))));
        } catch (YamlEngineException e) {
            return failed("not valid YAML: " + e.getMessage());
        }
        Node node = root.filter(n -> !ConfigReader.isNull(n)).orElse(new MappingNode(Tag.MAP, List.of(),
                FlowStyle.AUTO));
        ConfigMapping top = reader.mapping(node, "the configuration", new TreeSet<>(keys));
        if (top == null) {
            return new ConfigLoad(null, sorted(reader));
        }
        Map<Class<?>, Object> parsed = new LinkedHashMap<>();
        for (ConfigSection<?> section : sections) {
            Object value = section.parse(reader, top);
            if (value != null) {
                parsed.put(section.type(), value);
            }
        }
        if (!reader.problems().isEmpty()) {
            return new ConfigLoad(null, sorted(reader));
        }
        return new ConfigLoad(new AgentConfig(source, parsed), List.of());
    }

    private static List<ConfigProblem> sorted(ConfigReader reader) {
        return reader.problems().stream().distinct().sorted(Comparator.comparingInt(ConfigProblem::line)
                .thenComparingInt(ConfigProblem::column)).toList();
    }

    private static ConfigLoad failed(String message) {
        return new ConfigLoad(null, List.of(new ConfigProblem(0, 0, message)));
    }
}
