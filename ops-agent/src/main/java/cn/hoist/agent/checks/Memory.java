package cn.hoist.agent.checks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Total and available physical memory: /proc/meminfo where there is one, else the JDK's view. */
final class Memory {

    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private Memory() {
    }

    /** {total, available} in bytes, or null when unknown. */
    static long[] totalAndAvailable() {
        if (Files.isReadable(MEMINFO)) {
            try {
                long total = -1;
                long available = -1;
                for (String line : Files.readAllLines(MEMINFO)) {
                    if (line.startsWith("MemTotal:")) {
                        total = kib(line);
                    } else if (line.startsWith("MemAvailable:")) {
                        available = kib(line);
                    }
                }
                if (total > 0 && available >= 0) {
                    return new long[] {total, available};
                }
            } catch (IOException | NumberFormatException e) {
                // fall back to the JDK below
            }
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return new long[] {os.getTotalMemorySize(), os.getFreeMemorySize()};
        }
        return null;
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
    }
}
