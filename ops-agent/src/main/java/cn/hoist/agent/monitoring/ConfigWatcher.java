package cn.hoist.agent.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.hoist.agent.config.ConfigLoad;
import cn.hoist.agent.config.ConfigProblem;
import cn.hoist.agent.config.MonitoringConfig;
import cn.hoist.agent.reporting.Event;
import cn.hoist.agent.reporting.ReportBuffer;

/**
 * Loads agent.yml at start and whenever its content changes. A broken file never stops monitoring: the agent keeps
 * the last good configuration (or, at start, watches just its own host), logs every error with its line and tells
 * the console with a {@code config-invalid} event. Each applied configuration goes to the console as an inventory.
 */
final class ConfigWatcher {

    private static final Logger log = LoggerFactory.getLogger(ConfigWatcher.class);
    private static final String MISSING = "missing";

    private final Path file;
    private final Function<String, String> env;
    private final MonitorScheduler scheduler;
    private final TrapEvents traps;
    private final ReportBuffer reports;
    private final MonitorMetrics metrics;
    private String fingerprint;
    private MonitoringConfig current;

    ConfigWatcher(Path file, Function<String, String> env, MonitorScheduler scheduler, TrapEvents traps,
            ReportBuffer reports, MonitorMetrics metrics) {
        this.file = file;
        this.env = env;
        this.scheduler = scheduler;
        this.traps = traps;
        this.reports = reports;
        this.metrics = metrics;
    }

    /** Looks at the file and applies it if it changed; cheap when it did not. */
    synchronized void check() {
        String now = fingerprint();
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        if (now.equals(MISSING)) {
            log.info("No monitoring configuration at {}: watching only this host and the CRM next to it. Put one "
                    + "there to watch devices (see docs/agent-configuration.md, example deploy/agent.example.yml)",
                    file);
            apply(MonitoringConfig.defaults(file));
            return;
        }
        ConfigLoad load = MonitoringConfig.load(file, env);
        metrics.configLoaded(load.valid());
        if (load.valid()) {
            log.info("Monitoring configuration {} loaded", file);
            apply(load.config());
        } else {
            rejected(load);
        }
    }

    synchronized MonitoringConfig current() {
        return current;
    }

    private void rejected(ConfigLoad load) {
        String keeping = current == null ? "watching only this host until it is fixed"
                : "keeping the last good configuration";
        log.error("Monitoring configuration {} has {} error(s); {}:", file, load.problems().size(), keeping);
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
            apply(MonitoringConfig.defaults(file));
        }
    }

    private void apply(MonitoringConfig config) {
        current = config;
        scheduler.apply(config);
        traps.apply(config);
        reports.addNow(DeviceInventory.of(config));
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
