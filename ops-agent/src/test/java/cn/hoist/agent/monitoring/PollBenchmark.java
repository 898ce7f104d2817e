package cn.hoist.agent.monitoring;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpClientSettings;
import cn.hoist.agent.snmp.SnmpClients;
import cn.hoist.agent.snmp.SnmpOid;

/**
 * The agent SNMP polling benchmark of docs/benchmarks.md: 1,000 simulated switches in a separate JVM; in one run the
 * simulator's ceiling (a trivial GET client, and plain SNMP4J sending the agent's own request mix), the agent's full cycle (system + 24-port ifXTable + hrStorage per
 * device, and the full monitoring pipeline into the spool), and net-snmp's snmpget/snmpbulkwalk per device in turn.
 * Run on demand with ops-agent/bench/poll-benchmark.sh (not part of the build: it takes minutes and both cores).
 */
public final class PollBenchmark {

    static final SnmpOid SYS = SnmpOid.of("1.3.6.1.2.1.1");
    static final SnmpOid IFX = SnmpOid.of("1.3.6.1.2.1.31.1.1.1");
    static final SnmpOid HR_STORAGE = SnmpOid.of("1.3.6.1.2.1.25.2.3.1");
    static final List<SnmpOid> SYSTEM = List.of(SYS.append(3, 0), SYS.append(1, 0), SYS.append(5, 0),
            SYS.append(2, 0));
    static final List<SnmpOid> IFX_COLUMNS = List.of(IFX.append(1), IFX.append(6), IFX.append(10), IFX.append(15),
            IFX.append(19));
    static final List<SnmpOid> HR_COLUMNS = List.of(HR_STORAGE.append(2), HR_STORAGE.append(3),
            HR_STORAGE.append(4), HR_STORAGE.append(5), HR_STORAGE.append(6));

    static final int WARM_UP_CYCLES = 5;

    private PollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path simJar = Path.of(args[0]);
        int devices = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int basePort = args.length > 2 ? Integer.parseInt(args[2]) : 30000;
        int cycles = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path work = Files.createTempDirectory("hoist-poll-bench");
        Report report = new Report();
        report.line("machine: %d cores, %s; JVM %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        try (BenchSimulator sim = new BenchSimulator(simJar, basePort, devices, work.resolve("simulator.log"))) {
            double ceiling = 0;
            for (int inFlight : new int[] {64, 128, 256}) {
                ceiling = Math.max(ceiling, ceiling(sim, inFlight, 30_000, report));
            }
            report.line("simulator ceiling: %.0f responses/s (best of the above)", ceiling);
            double mixCeiling = 0;
            int mixBest = 64;
            for (int inFlight : new int[] {64, 128, 256}) {
                double mix = MixCeiling.run(sim, inFlight, 3, report);
                if (mix > mixCeiling) {
                    mixCeiling = mix;
                    mixBest = inFlight;
                }
            }
            report.line("simulator ceiling for the agent's request mix: %.0f responses/s (best of the above)",
                    mixCeiling);
            List<Double> times = new ArrayList<>();
            List<Double> paired = new ArrayList<>();
            double rate = 0;
            // Warm-up cycles until the JIT has compiled the polling path (an agent polls every minute for years; one
            // cycle of 4,000 requests left C2 compiling in the measured ones). Each measured cycle is paired with a
            // pass of plain SNMP4J over the same requests just before it, so that the ratio of the two compares
            // runs a second apart instead of a noisy ceiling taken a minute earlier.
            for (int c = -WARM_UP_CYCLES; c < cycles; c++) {
                double mixNow = c >= 0 ? MixCeiling.run(sim, mixBest, 1, report) : 0;
                Cycle cycle = specCycle(sim, report, c < 0, 64);
                if (c >= 0) {
                    times.add(cycle.seconds());
                    double cycleRate = cycle.requests() / cycle.seconds();
                    rate = Math.max(rate, cycleRate);
                    paired.add(cycleRate / mixNow);
                }
            }
            times.sort(null);
            paired.sort(null);
            double median = times.get(times.size() / 2);
            report.line("agent cycle (system + ifXTable + hrStorage): median %.2f s, worst %.2f s over %d cycles; "
                    + "best request rate %.0f/s = %.0f %% of the simulator's GET ceiling, %.0f %% of its ceiling for the"
                    + " same request mix", median, times.get(times.size() - 1), times.size(), rate, rate * 100 / ceiling,
                    rate * 100 / mixCeiling);
            report.line("agent cycle against the plain SNMP4J pass just before it (%d in flight): median %.0f %%, "
                    + "lowest %.0f %%, highest %.0f %%", mixBest, paired.get(paired.size() / 2) * 100,
                    paired.get(0) * 100, paired.get(paired.size() - 1) * 100);
            // The same with the in-flight cap where the trivial client peaked, to show what the cap costs.
            Cycle wide = specCycle(sim, report, false, 256);
            double wideRate = wide.requests() / wide.seconds();
            report.line("agent cycle at 256 in flight: %.2f s, %.0f requests/s = %.0f %% of the GET ceiling, %.0f %% of"
                    + " the mix ceiling", wide.seconds(), wideRate, wideRate * 100 / ceiling, wideRate * 100 / mixCeiling);
            PipelineCycle.run(sim, work, report, "warm-up");
            PipelineCycle.run(sim, work, report, "measured");
            double baseline = Baseline.run(sim, report);
            report.line("RESULT: agent median cycle %.2f s vs snmpbulkwalk per device %.1f s = %.0fx", median,
                    baseline, baseline / median);
        }
        report.print();
    }

    /** A trivial client at {@code inFlight}: GETs of sysUpTime round-robin over the devices. */
    static double ceiling(BenchSimulator sim, int inFlight, int requests, Report report) throws Exception {
        try (SnmpClient client = SnmpClients.open(new SnmpClientSettings(inFlight, 2, 100, 0))) {
            AtomicInteger failed = new AtomicInteger();
            List<CompletableFuture<?>> all = new ArrayList<>(requests);
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                all.add(client.get(sim.target(i % sim.devices), List.of(SYSTEM.get(0)))
                        .exceptionally(ex -> {
                            failed.incrementAndGet();
                            return null;
                        }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = (requests - failed.get()) / seconds;
            report.line("ceiling, %d in flight: %d GETs in %.2f s = %.0f responses/s, %d lost", inFlight, requests,
                    seconds, rate, failed.get());
            return rate;
        }
    }

    /** One cycle of the workload with the agent's client and its default caps (64 in flight, 2 per device). */
    static Cycle specCycle(BenchSimulator sim, Report report, boolean warmUp, int inFlight) throws Exception {
        try (SnmpClient client = SnmpClients.open(new SnmpClientSettings(inFlight, 2, 100_000, 0))) {
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger varbinds = new AtomicInteger();
            resetPeaks();
            double cpuBefore = processCpuSeconds();
            double simCpuBefore = sim.cpuSeconds();
            long start = System.nanoTime();
            List<CompletableFuture<?>> all = new ArrayList<>(sim.devices);
            for (int i = 0; i < sim.devices; i++) {
                var target = sim.target(i);
                all.add(client.get(target, SYSTEM).thenCompose(sys -> client.table(target, IFX_COLUMNS))
                        .thenCompose(ifx -> {
                            varbinds.addAndGet(ifx.rows().size() * IFX_COLUMNS.size());
                            return client.table(target, HR_COLUMNS);
                        }).handle((hr, ex) -> {
                            if (ex != null) {
                                failed.incrementAndGet();
                            }
                            return null;
                        }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = processCpuSeconds() - cpuBefore;
            Cycle cycle = new Cycle(seconds, client.requestsSent(), failed.get());
            report.line("%s cycle (%d in flight): %d devices in %.2f s, %d requests, %d ifXTable cells, %d devices failed (lost "
                    + "responses), agent CPU %.2f s (%.0f %% of one core), simulator CPU %.2f s, peak heap %d MB",
                    warmUp ? "warm-up" : "agent", inFlight, sim.devices, seconds, cycle.requests(), varbinds.get(),
                    failed.get(), cpu, cpu * 100 / seconds, sim.cpuSeconds() - simCpuBefore, peakHeapMb());
            return cycle;
        }
    }

    record Cycle(double seconds, long requests, int failed) {
    }

    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Peak heap in use, sampled every 2 ms (pool peaks cannot be added up: they happen at different times). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static void resetPeaks() {
        System.gc();
        PEAK.set(0);
    }

    static long peakHeapMb() {
        return PEAK.get() >> 20;
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }

    /** Lines printed as they come (progress) and again together at the end. */
    static final class Report {
        private final List<String> lines = new ArrayList<>();

        void line(String format, Object... args) {
            String line = String.format(Locale.ROOT, format, args);
            lines.add(line);
            System.out.println(line);
        }

        void print() {
            System.out.println("\n==== summary ====");
            lines.forEach(System.out::println);
        }
    }
}
