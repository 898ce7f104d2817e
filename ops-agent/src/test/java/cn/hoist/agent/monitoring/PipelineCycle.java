package cn.hoist.agent.monitoring;

import java.nio.file.Path;

import cn.hoist.agent.checks.CheckStatus;

/**
 * One cycle of the agent's real monitoring pipeline over the simulated devices: the scheduler, the system, interfaces
 * (ifTable and ifXTable) and host-resources profiles, status evaluation, and every check result written to a real
 * spool; from the first tick until the last result is on disk.
 */
final class PipelineCycle {

    private PipelineCycle() {
    }

    static void run(BenchSimulator sim, Path work, PollBenchmark.Report report, String label) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                local-host: {enabled: false}
                crm-health: {enabled: false}
                defaults: {interval: 1h, snmp: {timeout: 3s, retries: 0}}
                devices:
                """);
        for (int i = 0; i < sim.devices; i++) {
            yaml.append("  - {name: sw-").append(i).append(", kind: switch, address: 127.0.0.1, snmp: {port: ")
                    .append(sim.basePort + i).append(", profiles: [system, interfaces, host-resources]}}\n");
        }
        try (Harness h = new Harness(work.resolve("spool-" + label))) {
            h.scheduler.apply(Harness.config(yaml.toString()));
            PollBenchmark.resetPeaks();
            double cpuBefore = PollBenchmark.processCpuSeconds();
            long start = System.nanoTime();
            h.scheduler.tick();
            // Done when every device's poll has finished (a device that failed reports one result, not three).
            while (h.scheduler.jobs().values().stream().anyMatch(j -> ((SnmpDeviceJob) j).running())
                    && System.nanoTime() - start < 300e9) {
                Thread.sleep(5);
            }
            int written = h.buffer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = PollBenchmark.processCpuSeconds() - cpuBefore;
            long bad = h.meters.find("hoist.agent.polls").counters().stream()
                    .filter(c -> !c.getId().getTag("outcome").equals(CheckStatus.OK.name().toLowerCase(java.util.Locale.ROOT))
                            && !c.getId().getTag("outcome").equals("warning"))
                    .mapToLong(c -> (long) c.count()).sum();
            report.line(label + " pipeline cycle (system + ifTable + ifXTable + hrProcessorLoad + hrStorage, statuses, spool): "
                    + "%d devices in %.2f s, %d requests, %d check results (last flush wrote %d), %d not OK, "
                    + "agent CPU %.2f s, peak heap %d MB, spool %d MB", sim.devices, seconds, h.client.requestsSent(),
                    polls(h), written, bad, cpu, PollBenchmark.peakHeapMb(), h.spool.sizeBytes() >> 20);
        }
    }

    private static int polls(Harness h) {
        return (int) h.meters.find("hoist.agent.polls").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
