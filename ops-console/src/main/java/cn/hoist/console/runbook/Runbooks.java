package cn.hoist.console.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The runbooks packaged with the console ({@code classpath:runbooks/NAME.md}) and which one covers
 * an event kind or a failing check. An event kind that is itself a runbook's name needs no entry.
 */
@Component
public class Runbooks {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

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

    private final Set<String> names;

    public Runbooks() {
        this.names = scan();
    }

    /** Every runbook's name, sorted. */
    public List<String> names() {
        return List.copyOf(names);
    }

    public boolean exists(String name) {
        return name != null && names.contains(name);
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

    /** The runbook's Markdown; empty for an unknown name. */
    public Optional<String> markdown(String name) {
        if (!exists(name)) {
            return Optional.empty();
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("runbooks/" + name + ".md")) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read runbook " + name, e);
        }
    }

    private static Set<String> scan() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:runbooks/*.md");
            Set<String> found = new TreeSet<>();
            Arrays.stream(files).map(Resource::getFilename).filter(f -> f != null && f.endsWith(".md"))
                    .map(f -> f.substring(0, f.length() - 3)).filter(n -> NAME.matcher(n).matches())
                    .forEach(found::add);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the runbooks", e);
        }
    }
}
