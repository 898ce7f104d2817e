package cn.hoist.agent.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Is the host there at all? ICMP echo through {@link InetAddress#isReachable}, which needs raw-socket privileges
 * (root or CAP_NET_RAW; without them the JDK quietly tries TCP port 7 instead, which most hosts do not serve), then a
 * TCP connect to the configured ports, because many POS terminals and printers drop pings but accept connections.
 * The result says which method got an answer. Metric {@code reachability_rtt_ms}.
 */
public record ReachabilityCheck(String name, String host, List<Integer> tcpPorts, Method method, Duration timeout,
        Threshold latencyMs) implements Check {

    /** How to probe: ICMP then TCP (auto), ICMP only, or TCP only. */
    public enum Method {
        AUTO, ICMP, TCP
    }

    public ReachabilityCheck {
        tcpPorts = List.copyOf(tcpPorts);
    }

    @Override
    public CheckOutcome run() {
        CheckOutcome.Builder out = new CheckOutcome.Builder().property("target", host);
        String icmpFailure = null;
        if (method != Method.TCP) {
            long start = System.nanoTime();
            try {
                if (InetAddress.getByName(host).isReachable((int) Math.max(1, timeout.toMillis()))) {
                    return reached(out, "icmp", (System.nanoTime() - start) / 1e6);
                }
                icmpFailure = "no ICMP echo reply within " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                icmpFailure = Failures.describe(e, host);
            }
        }
        String tcpFailure = null;
        if (method != Method.ICMP) {
            for (int port : tcpPorts) {
                TcpCheck.OptionalConnect c = TcpCheck.connect(host, port, timeout);
                if (c.error() == null) {
                    return reached(out, "tcp:" + port, c.millis());
                }
                tcpFailure = (tcpFailure == null ? "" : tcpFailure + ", ") + c.error();
            }
        }
        String why = icmpFailure == null ? "" : icmpFailure;
        if (tcpFailure != null) {
            why = (why.isEmpty() ? "" : why + "; ") + "TCP: " + tcpFailure;
        } else if (method != Method.ICMP && tcpPorts.isEmpty()) {
            why = why + " (no TCP ports configured to try instead)";
        }
        return out.property("method", method.name().toLowerCase(java.util.Locale.ROOT))
                .status(CheckStatus.UNREACHABLE, host + " unreachable: " + why).build();
    }

    private CheckOutcome reached(CheckOutcome.Builder out, String how, double ms) {
        out.property("method", how).metric("reachability_rtt_ms", Map.of("method", how), ms, "ms");
        CheckStatus status = latencyMs == null ? CheckStatus.OK : latencyMs.status(ms);
        return out.status(status, host + " answers " + (how.equals("icmp") ? "ICMP echo" : "on TCP " + how.substring(4))
                + " in " + Numbers.format(ms) + " ms" + (status == CheckStatus.OK ? "" : " (" + latencyMs + ")")).build();
    }
}
