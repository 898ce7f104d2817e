package cn.hoist.agent.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * net-snmp's command line tools per device, one device after another, as an engineer's script would poll: snmpget of
 * the system objects, snmpbulkwalk of ifXTable and of hrStorageTable (whole subtrees: that is what the tool walks).
 */
final class Baseline {

    private Baseline() {
    }

    /** Seconds for all devices (measured, not extrapolated), or NaN without net-snmp. */
    static double run(BenchSimulator sim, PollBenchmark.Report report) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/snmpbulkwalk"))) {
            report.line("baseline: net-snmp tools not installed (apt-get install snmp); skipped");
            return Double.NaN;
        }
        int failed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sim.devices; i++) {
            String address = "127.0.0.1:" + (sim.basePort + i);
            failed += run("/usr/bin/snmpget", "-v2c", "-c", "public", "-t", "3", "-r", "0", "-On", address,
                    "1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.2.0");
            failed += run("/usr/bin/snmpbulkwalk", "-v2c", "-c", "public", "-t", "3", "-r", "0", "-Cr20", "-On",
                    address, "1.3.6.1.2.1.31.1.1.1");
            failed += run("/usr/bin/snmpbulkwalk", "-v2c", "-c", "public", "-t", "3", "-r", "0", "-Cr20", "-On",
                    address, "1.3.6.1.2.1.25.2.3.1");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("baseline: net-snmp snmpget + 2 x snmpbulkwalk per device, %d devices one after another: "
                + "%.1f s (%.1f ms per device), %d commands failed", sim.devices, seconds,
                seconds * 1000 / sim.devices, failed);
        return seconds;
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return 1;
        }
        return p.exitValue() == 0 ? 0 : 1;
    }
}
