package cn.hoist.console.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The runbooks packaged with the console and which one covers an event kind or a failing check. An
 * event kind that is itself a runbook's name needs no entry.
 *
 * <p>Each runbook comes in two languages: {@code classpath:runbooks/NAME.zh-CN.md} (Simplified
 * Chinese) and {@code classpath:runbooks/NAME.md} (English). A reader gets their own language, or
 * the other one, marked as such, while a translation is missing. The files are read once, at start.
 */
@Component
public class Runbooks {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** {@code NAME.md} or {@code NAME.zh-CN.md}; anything else in the directory (README.md) is not a runbook. */
    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})(\\.zh-CN)?\\.md");

    /** Event kinds the agent sends under another name than their runbook's. */
    private static final Map<String, String> EVENT_ALIASES = Map.ofEntries(
            Map.entry("link-down", "interface-down"),
            Map.entry("link-up", "interface-down"),
            Map.entry("interface-up", "interface-down"),
            Map.entry("ups-on-line", "ups-on-battery"),
            Map.entry("ups-battery-low", "ups-on-battery"),
            Map.entry("printer-waste-nearly-full", "printer-supply-low"),
            Map.entry("waste-nearly-full", "printer-supply-low"),
            Map.entry("printer-supply-empty", "printer-supply-low"),
            Map.entry("ntp-offset", "clock-drift"),
            Map.entry("clock-offset", "clock-drift"),
            Map.entry("certificate-expired", "certificate-expiring"),
            Map.entry("crm-down", "crm-health-down"),
            Map.entry("agent-config-invalid", "config-invalid"),
            Map.entry("device-down", "device-unreachable"));

    /** For a check that is not OK, the runbook of what usually makes it fail. */
    private static final Map<String, String> CHECKS = Map.ofEntries(
            Map.entry("snmp.interfaces", "interface-down"),
            Map.entry("snmp.ups", "ups-on-battery"),
            Map.entry("snmp.printer", "printer-supply-low"),
            Map.entry("snmp.host-resources", "disk-nearly-full"),
            Map.entry("host", "disk-nearly-full"),
            Map.entry("ntp", "clock-drift"),
            Map.entry("tls", "certificate-expiring"),
            Map.entry("crm-health", "crm-health-down"),
            Map.entry("icmp", "device-unreachable"),
            Map.entry("tcp", "device-unreachable"),
            Map.entry("snmp.system", "device-unreachable"));

    /**
     * One runbook as a reader gets it.
     *
     * @param name the runbook's name (its alert type)
     * @param language the language of {@code markdown}: {@link #CHINESE} or {@link #ENGLISH}
     * @param title the first {@code #} heading, or the name when there is none
     * @param markdown the text
     * @param fallback true when the reader asked for the other language, which this runbook lacks
     * @param otherLanguage the other language, if this runbook has it too
     */
    public record Text(String name, Locale language, String title, String markdown, boolean fallback,
            Optional<Locale> otherLanguage) {
    }

    /** Name → language → Markdown. */
    private final Map<String, Map<Locale, String>> files;

    public Runbooks() {
        this("classpath*:runbooks/*.md");
    }

    /** The runbooks found by a resource pattern (tests point this at a directory of their own). */
    Runbooks(String pattern) {
        this.files = load(pattern);
    }

    /** Every runbook's name, sorted. */
    public List<String> names() {
        return List.copyOf(new TreeSet<>(files.keySet()));
    }

    public boolean exists(String name) {
        return name != null && files.containsKey(name);
    }

    /** The runbook for an event kind, if there is one. */
    public Optional<String> forEvent(String kind) {
        String name = EVENT_ALIASES.getOrDefault(kind, kind);
        return exists(name) ? Optional.of(name) : Optional.empty();
    }

    /** The runbook for a check in this status ({@code OK} has none; UNREACHABLE is always device-unreachable). */
    public Optional<String> forCheck(String check, String status) {
        if ("OK".equals(status)) {
            return Optional.empty();
        }
        String name = "UNREACHABLE".equals(status) ? "device-unreachable" : CHECKS.get(check);
        return exists(name) ? Optional.of(name) : Optional.empty();
    }

    /** The language a reader in this locale gets: Chinese for any Chinese locale, otherwise English. */
    public static Locale languageFor(Locale reader) {
        return reader != null && "zh".equals(reader.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The runbook in the reader's language, else in the other one; empty for an unknown name. */
    public Optional<Text> read(String name, Locale reader) {
        if (!exists(name)) {
            return Optional.empty();
        }
        Map<Locale, String> versions = files.get(name);
        Locale wanted = languageFor(reader);
        Locale other = wanted.equals(CHINESE) ? ENGLISH : CHINESE;
        boolean fallback = !versions.containsKey(wanted);
        Locale shown = fallback ? other : wanted;
        String markdown = versions.get(shown);
        Optional<Locale> alternative = fallback || !versions.containsKey(other) ? Optional.empty() : Optional.of(other);
        return Optional.of(new Text(name, shown, title(markdown, name), markdown, fallback, alternative));
    }

    /** Every runbook, sorted by name, each in the reader's language where it has it. */
    public List<Text> all(Locale reader) {
        return names().stream().map(n -> read(n, reader).orElseThrow()).toList();
    }

    /** The text of the first line that is a level-one heading. */
    static String title(String markdown, String name) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                String title = line.substring(2).strip();
                return title.isEmpty() ? name : title;
            }
        }
        return name;
    }

    private static Map<String, Map<Locale, String>> load(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            Map<String, Map<Locale, String>> found = new HashMap<>();
            for (Resource resource : resources) {
                String filename = resource.getFilename();
                Matcher m = filename == null ? null : FILE.matcher(filename);
                if (m == null || !m.matches()) {
                    continue;
                }
                Locale language = m.group(2) != null ? CHINESE : ENGLISH;
                // classpath*: may see the same file twice (e.g. in two jars): the first one wins
                Map<Locale, String> versions = found.computeIfAbsent(m.group(1), n -> new HashMap<>());
                if (!versions.containsKey(language)) {
                    versions.put(language, read(resource));
                }
            }
            Map<String, Map<Locale, String>> frozen = new HashMap<>();
            found.forEach((name, versions) -> frozen.put(name, Map.copyOf(versions)));
            return Map.copyOf(frozen);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the runbooks", e);
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            // one form of line ending, so headings and code blocks compare and split the same everywhere
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    /** The names that lack a version in a language (for the consistency test). */
    Set<String> missing(Locale language) {
        Set<String> missing = new TreeSet<>();
        files.forEach((name, versions) -> {
            if (!versions.containsKey(language)) {
                missing.add(name);
            }
        });
        return missing;
    }
}
