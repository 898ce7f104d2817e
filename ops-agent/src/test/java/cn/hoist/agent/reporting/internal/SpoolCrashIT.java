package cn.hoist.agent.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM appends to the spool as fast as it can and is killed with SIGKILL mid-flight.
 * Every report whose append returned before the kill must be in the spool afterwards, exactly once
 * and in order.
 */
class SpoolCrashIT {

    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedToTheCallerIsLostByKillDashNine() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<Long> confirmed = appendUntilKilled(round);
            assertThat(confirmed).as("the writer got going").hasSizeGreaterThan(20);
            try (Spool spool = Spool.open(dir, 64 * 1024)) {
                List<Spool.Record> records = new ArrayList<>();
                List<Spool.Record> batch;
                while (!(batch = spool.peek(10_000, Long.MAX_VALUE)).isEmpty()) {
                    records.addAll(batch);
                    spool.ack(batch.get(batch.size() - 1).seq());
                }
                Set<Long> present = new HashSet<>();
                long previous = 0;
                for (Spool.Record record : records) {
                    assertThat(record.seq()).as("in order, no duplicates").isGreaterThan(previous);
                    previous = record.seq();
                    present.add(record.seq());
                    assertThat(new String(record.payload(), StandardCharsets.UTF_8)).isEqualTo("report " + record.seq());
                }
                assertThat(present).containsAll(confirmed);
            }
        }
    }

    /** Runs {@link Writer} in a child JVM, kills it with SIGKILL, and returns the sequence numbers it confirmed. */
    private List<Long> appendUntilKilled(int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        List<Long> confirmed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ok ")) {
                    confirmed.add(Long.parseLong(line.substring(3)));
                    if (confirmed.size() == 200 + round * 100) {
                        child.toHandle().destroyForcibly();
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return confirmed;
    }

    /** The child: appends "report N" forever, printing "ok N" after each append returns. */
    public static final class Writer {

        public static void main(String[] args) {
            Spool spool = Spool.open(Path.of(args[0]), 64 * 1024);
            while (true) {
                long next = spool.lastSeq() + 1;
                long seq = spool.append(List.of(("report " + next).getBytes(StandardCharsets.UTF_8)));
                System.out.println("ok " + seq);
                System.out.flush();
            }
        }
    }
}
