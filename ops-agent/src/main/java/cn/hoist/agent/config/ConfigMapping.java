package cn.hoist.agent.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The entries of one YAML mapping, read with types. A missing or wrong value is reported once and the fallback
 * returned, so parsing goes on to find the next problem. An optional {@code parent} (the defaults section) is
 * consulted for keys this mapping does not have.
 */
public final class ConfigMapping {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final ConfigReader reader;
    private final Node node;
    private String what;
    private final Map<String, Node> values;
    private ConfigMapping parent;

    ConfigMapping(ConfigReader reader, Node node, String what, Map<String, Node> values) {
        this.reader = reader;
        this.node = node;
        this.what = what;
        this.values = values;
    }

    /** Keys missing here are looked up in {@code defaults}. */
    public ConfigMapping withParent(ConfigMapping defaults) {
        this.parent = defaults;
        return this;
    }

    /** Names the mapping better once its name is known ("device core-switch" rather than "a device"). */
    public ConfigMapping describedAs(String description) {
        this.what = description;
        return this;
    }

    public Node node() {
        return node;
    }

    public String what() {
        return what;
    }

    public Optional<Node> get(String key) {
        Node value = values.get(key);
        if (value == null && parent != null) {
            return parent.get(key);
        }
        return Optional.ofNullable(value);
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    public String string(String key, String fallback) {
        return get(key).map(n -> reader.text(n, label(key))).orElse(fallback);
    }

    public String required(String key) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            reader.error(node, what + " needs '" + key + "'");
            return null;
        }
        String text = reader.text(value.get(), label(key));
        if (text != null && text.isBlank()) {
            reader.error(value.get(), label(key) + " must not be empty");
            return null;
        }
        return text;
    }

    public int integer(String key, int fallback, int min, int max) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = reader.text(value.get(), label(key));
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                reader.error(value.get(), label(key) + " must be between " + min + " and " + max + ", not " + n);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            reader.error(value.get(), label(key) + " must be a whole number, not '" + text + "'");
            return fallback;
        }
    }

    public Double number(Node value, String label) {
        String text = reader.text(value, label);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            reader.error(value, label + " must be a number, not '" + text + "'");
            return null;
        }
    }

    public boolean bool(String key, boolean fallback) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = reader.text(value.get(), label(key));
        if ("true".equalsIgnoreCase(text) || "yes".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text) || "no".equalsIgnoreCase(text) || "off".equalsIgnoreCase(text)) {
            return false;
        }
        if (text != null) {
            reader.error(value.get(), label(key) + " must be true or false, not '" + text + "'");
        }
        return fallback;
    }

    public Duration duration(String key, Duration fallback) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = reader.text(value.get(), label(key));
        if (text == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            reader.error(value.get(), label(key) + " must be a positive duration such as 500ms, 30s, 5m, 1h or 1d, "
                    + "not '" + text + "'");
            return fallback;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** A list of plain values (a single value is a list of one). */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        get(key).ifPresent(n -> reader.items(n, label(key)).forEach(item -> {
            String text = reader.text(item, label(key));
            if (text != null) {
                out.add(text.strip());
            }
        }));
        return out;
    }

    /** A value that must be one of {@code choices} (case-insensitive); reported and null otherwise. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback, Map<String, E> aliases) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = reader.text(value.get(), label(key));
        if (text == null) {
            return fallback;
        }
        String norm = text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        E alias = aliases.get(norm);
        if (alias != null) {
            return alias;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().replace("_", "").equals(norm)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>(aliases.keySet().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        reader.error(value.get(), label(key) + " '" + text + "' is not one of " + String.join(", ",
                names.stream().distinct().sorted().toList()));
        return null;
    }

    public String label(String key) {
        return "'" + key + "' of " + what;
    }
}
