package cn.hoist.agent.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpClients;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTarget;

/** The simulator in a JVM of its own (as the benchmark demands), started from its -exec jar; Linux CPU accounting. */
final class BenchSimulator implements AutoCloseable {

    final Process process;
    final int basePort;
    final int devices;

    BenchSimulator(Path jar, int basePort, int devices, Path log) throws Exception {
        this.basePort = basePort;
        this.devices = devices;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "--mode", "light", "--count",
                Integer.toString(devices), "--device", "switch", "--port", Integer.toString(basePort))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitAnswer(0, log);
        awaitAnswer(devices - 1, log);
    }

    SnmpTarget target(int device) {
        return SnmpTarget.v2c("127.0.0.1", basePort + device, "public").withTimeout(Duration.ofSeconds(3))
                .withRetries(0);
    }

    private void awaitAnswer(int device, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        try (SnmpClient client = SnmpClients.open(SnmpClientSettings.defaults())) {
            while (true) {
                try {
                    client.get(target(device).withTimeout(Duration.ofMillis(500)),
                            List.of(SnmpOid.of("1.3.6.1.2.1.1.3.0"))).get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("simulator did not start: " + Files.readString(log));
                    }
                }
            }
        }
    }

    /** CPU seconds the simulator's process has used (user + system), from /proc; NaN elsewhere. */
    double cpuSeconds() {
        return procCpuSeconds(process.pid());
    }

    static double procCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
