package cn.hoist.crm.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JIT compiler's work, so a measured run starts once it has settled: a shop's CRM has been running for days,
 * its hot code long compiled, while right after the warm-up the compiler threads still work through their queue
 * (C2 compilations of 100–200 ms each on one of the two cores, found by JFR in the paced runs of run 22).
 */
final class Jit {

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private Jit() {
    }

    /** Milliseconds the compiler threads have worked since the JVM started. */
    static long millis() {
        return COMPILER.getTotalCompilationTime();
    }

    /** Waits until the compiler has done nothing for a second, at most a minute. */
    static void settle() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long last = millis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            long now = millis();
            if (now == last) {
                return;
            }
            last = now;
        }
    }
}
