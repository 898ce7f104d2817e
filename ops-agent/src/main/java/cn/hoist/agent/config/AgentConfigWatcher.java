package cn.hoist.agent.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.reporting.ReportBuffer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Loads agent.yml at start and whenever its content changes, and publishes each configuration it applies as an
 * {@link AgentConfigChanged}. A broken file never stops the agent: it keeps the last good configuration (or, at
 * start, every section's defaults: the agent watches just its own host), logs every error with its line and tells
 * the console with a {@code config-invalid} event.
 */
public final class AgentConfigWatcher {

    private static final Logger log = LoggerFactory.getLogger(AgentConfigWatcher.class);
    private static final String MISSING = "missing";

    private final Path file;
    private final Function<String, String> env;
    private final AgentConfigLoader loader;
    private final Consumer<AgentConfigChanged> publisher;
    private final ReportBuffer reports;
    private final MeterRegistry meters;
    private String fingerprint;
    private AgentConfig current;

    /**
     * @param env       resolves {@code ${NAME}} in the file (the process environment in the service)
     * @param publisher where {@link AgentConfigChanged} goes (the application's event publisher in the service)
     */
    public AgentConfigWatcher(Path file, Function<String, String> env, AgentConfigLoader loader,
            Consumer<AgentConfigChanged> publisher, ReportBuffer reports, MeterRegistry meters) {
        this.file = file;
        this.env = env;
        this.loader = loader;
        this.publisher = publisher;
        this.reports = reports;
        this.meters = meters;
    }

    /** Looks at the file and applies it if it changed; cheap when it did not. */
    public synchronized void check() {
        String now = fingerprint();
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        if (now.equals(MISSING)) {
            log.info("No configuration at {}: watching only this host and the CRM next to it. Put one there to watch "
                    + "devices (see docs/agent-configuration.md, example deploy/agent.example.yml)", file);
            apply(loader.defaults(file));
            return;
        }
        ConfigLoad load = loader.load(file, env);
        Counter.builder("hoist.agent.config.reloads").description("Configuration file loads by outcome")
                .tags("outcome", load.valid() ? "valid" : "invalid").register(meters).increment();
        if (load.valid()) {
            log.info("Configuration {} loaded", file);
            apply(load.config());
        } else {
            rejected(load);
        }
    }

    /** The configuration in force, or null before the first {@link #check}. */
    public synchronized AgentConfig current() {
        return current;
    }

    public Path file() {
        return file;
    }

    private void rejected(ConfigLoad load) {
        String keeping = current == null ? "watching only this host until it is fixed"
                : "keeping the last good configuration";
        log.error("Configuration {} has {} error(s); {}:", file, load.problems().size(), keeping);
        load.problems().forEach(p -> log.error("  {}", p.format(file.toString())));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("file", file.toString());
        attributes.put("errors", Integer.toString(load.problems().size()));
        int i = 1;
        for (ConfigProblem p : load.problems().subList(0, Math.min(10, load.problems().size()))) {
            attributes.put("error" + i++, p.format(file.getFileName().toString()));
        }
        reports.addNow(new Event("config-invalid", "WARNING", "The agent's configuration " + file
                + " has " + load.problems().size() + " error(s), first: " + load.problems().get(0).format(
                        file.getFileName().toString()) + "; " + keeping, null, attributes));
        if (current == null) {
            apply(loader.defaults(file));
        }
    }

    private void apply(AgentConfig config) {
        AgentConfig previous = current;
        current = config;
        publisher.accept(new AgentConfigChanged(previous, config));
    }

    /** A digest of the content (not the timestamp: editors and copies do odd things to timestamps). */
    private String fingerprint() {
        try {
            if (!Files.isRegularFile(file)) {
                return MISSING;
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
