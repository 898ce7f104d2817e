package cn.hoist.agent.monitoring.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.hoist.agent.checks.Threshold;

/**
 * Checks of the agent's own server.
 *
 * @param enabled    whether to check it
 * @param name       its device name in reports
 * @param interval   how often
 * @param disks      paths whose file systems to watch (empty: every local disk)
 * @param thresholds resolved thresholds (cpu-percent, memory-percent, disk-percent)
 */
public record LocalHostConfig(boolean enabled, String name, Duration interval, List<Path> disks,
        Map<String, Threshold> thresholds) {

    public static final String DEFAULT_NAME = "agent-host";

    public LocalHostConfig {
        disks = List.copyOf(disks);
        thresholds = Map.copyOf(thresholds);
    }
}
