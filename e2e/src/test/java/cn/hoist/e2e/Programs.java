package cn.hoist.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the shipped jars as separate processes ({@code java -jar}), the way an installation runs
 * them, and stops them as the operating system would: SIGTERM ({@link Process#destroy()}) or
 * SIGKILL ({@link Process#destroyForcibly()}, i.e. {@code kill -9}).
 */
final class Programs {

    private Programs() {
    }

    static Path jar(String module) {
        try (Stream<Path> files = Files.list(LocalSuite.ROOT.resolve(module).resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(plain|sources|exec)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build " + module + " first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code java -jar <module jar> args...} in the background; its output goes to {@code log}. */
    static Process start(String module, Map<String, String> environment, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx384m",
                // C1 only: these JVMs live for seconds to minutes, and start much faster on 2 shared cores.
                "-XX:TieredStopAtLevel=1", "-jar", jar(module).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM (a clean stop) or SIGKILL, and waits until the process is gone. */
    static void stop(Process process, boolean kill) throws InterruptedException {
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The highest sequence number in an agent's spool ({@code HOIST_HOME/agent/spool}): the last report
     * it ever numbered. Read from the segment files (records {@code [length][seq][crc][payload]}),
     * or the acknowledged mark when every segment was already deleted.
     */
    static long spoolLastSeq(Path spool) throws IOException {
        long last = ackedSeq(spool);
        try (Stream<Path> files = Files.list(spool)) {
            for (Path segment : files.filter(f -> f.toString().endsWith(".seg")).toList()) {
                ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(segment));
                while (data.remaining() >= 16) {
                    int length = data.getInt();
                    long seq = data.getLong();
                    data.getInt();
                    if (length < 0 || length > data.remaining()) {
                        break;
                    }
                    data.position(data.position() + length);
                    last = Math.max(last, seq);
                }
            }
        }
        return last;
    }

    static long ackedSeq(Path spool) throws IOException {
        Path acked = spool.resolve("acked");
        return Files.exists(acked) ? Long.parseLong(Files.readString(acked).strip()) : 0;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
