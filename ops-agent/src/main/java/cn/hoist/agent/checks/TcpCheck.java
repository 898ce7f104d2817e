package cn.hoist.agent.checks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

/**
 * A TCP port accepts connections (a POS terminal's service, a NAS share, SSH). Latency is the connect time.
 * Metric {@code tcp_connect_ms} (label port).
 */
public record TcpCheck(String name, String host, int port, Duration timeout, Threshold latencyMs) implements Check {

    @Override
    public CheckOutcome run() {
        CheckOutcome.Builder out = new CheckOutcome.Builder().property("target", host + ":" + port);
        OptionalConnect connect = connect(host, port, timeout);
        if (connect.error() != null) {
            return out.status(CheckStatus.CRITICAL, connect.error()).build();
        }
        double ms = connect.millis();
        out.metric("tcp_connect_ms", Map.of("port", Integer.toString(port)), ms, "ms");
        CheckStatus status = latencyMs == null ? CheckStatus.OK : latencyMs.status(ms);
        return out.status(status, "port " + port + " open, connected in " + Numbers.format(ms) + " ms"
                + (status == CheckStatus.OK ? "" : " (" + latencyMs + ")")).build();
    }

    /** Connects and closes; the connect time in ms, or why it failed. */
    static OptionalConnect connect(String host, int port, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            return new OptionalConnect((System.nanoTime() - start) / 1e6, null);
        } catch (IOException e) {
            return new OptionalConnect(0, Failures.describe(e, host + ":" + port));
        } catch (IllegalArgumentException e) {
            return new OptionalConnect(0, "bad address " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /** A connect attempt: the time it took, or an error message. */
    record OptionalConnect(double millis, String error) {
    }
}
