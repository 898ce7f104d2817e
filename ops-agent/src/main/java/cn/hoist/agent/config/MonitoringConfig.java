package cn.hoist.agent.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.hoist.agent.config.internal.ConfigParser;

/**
 * Everything the agent watches, from one configuration file.
 *
 * @param source              the file it came from (or would have, when there is none)
 * @param unreachableInterval how often a device that stopped answering is tried (the slow lane)
 * @param devices             the watched devices
 * @param traps               the trap receiver
 * @param localHost           checks of the agent's own server
 * @param crmHealth           the CRM's health check
 */
public record MonitoringConfig(Path source, Duration unreachableInterval, List<DeviceConfig> devices,
        TrapConfig traps, LocalHostConfig localHost, CrmHealthConfig crmHealth) {

    public MonitoringConfig {
        devices = List.copyOf(devices);
    }

    /** What the agent watches without a file: its own host and the CRM next to it. */
    public static MonitoringConfig defaults(Path source) {
        return ConfigParser.parse("{}", source, name -> null).config();
    }

    /** Reads and validates a file; {@code env} resolves ${NAME} references. */
    public static ConfigLoad load(Path file, java.util.function.Function<String, String> env) {
        return ConfigParser.load(file, env);
    }
}
