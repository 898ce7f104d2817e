package cn.hoist.agent.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;

import cn.hoist.agent.reporting.Metric;

/** Each check against a real server on loopback. */
class ChecksTests {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Threshold DAYS = new Threshold(21, 7);

    @TempDir
    static Path dir;
    static Path shortLived;
    static Path longLived;

    @BeforeAll
    static void certificates() throws Exception {
        shortLived = TestServers.keystore(dir, 5);
        longLived = TestServers.keystore(dir, 400);
    }

    static double metric(CheckOutcome outcome, String name) {
        return outcome.metrics().stream().filter(m -> m.name().equals(name)).mapToDouble(Metric::value)
                .findFirst().orElseThrow();
    }

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void tcpOpenAndClosed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CheckOutcome open = new TcpCheck("tcp", "127.0.0.1", server.getLocalPort(), TIMEOUT, null).run();
            assertThat(open.status()).isEqualTo(CheckStatus.OK);
            assertThat(open.message()).contains("port " + server.getLocalPort() + " open");
            assertThat(metric(open, "tcp_connect_ms")).isGreaterThanOrEqualTo(0);
        }
        int port = closedPort();
        CheckOutcome closed = new TcpCheck("tcp", "127.0.0.1", port, TIMEOUT, null).run();
        assertThat(closed.status()).isEqualTo(CheckStatus.CRITICAL);
        assertThat(closed.message()).isEqualTo("connection refused by 127.0.0.1:" + port);
    }

    @Test
    void reachabilitySaysWhichMethodAnswered() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CheckOutcome tcp = new ReachabilityCheck("icmp", "127.0.0.1", List.of(closedPort(), server.getLocalPort()),
                    ReachabilityCheck.Method.TCP, TIMEOUT, null).run();
            assertThat(tcp.status()).isEqualTo(CheckStatus.OK);
            assertThat(tcp.properties()).containsEntry("method", "tcp:" + server.getLocalPort());
        }
        CheckOutcome auto = new ReachabilityCheck("icmp", "127.0.0.1", List.of(), ReachabilityCheck.Method.AUTO,
                TIMEOUT, null).run();
        // Loopback answers ICMP where the JVM may send it; otherwise the check says why and what it tried.
        if (auto.status() == CheckStatus.OK) {
            assertThat(auto.properties()).containsEntry("method", "icmp");
        } else {
            assertThat(auto.message()).contains("no TCP ports configured");
        }
        CheckOutcome nothing = new ReachabilityCheck("icmp", "127.0.0.1", List.of(closedPort()),
                ReachabilityCheck.Method.TCP, TIMEOUT, null).run();
        assertThat(nothing.status()).isEqualTo(CheckStatus.UNREACHABLE);
        assertThat(nothing.message()).contains("TCP: connection refused");
    }

    @Test
    void httpsCertificateAboutToExpireIsCritical() throws Exception {
        HttpsServer server = TestServers.https(shortLived, 200);
        try {
            URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
            CheckOutcome outcome = new HttpCheck("http", url, TIMEOUT, null, DAYS,
                    Trust.fromPem(dir.resolve("server-5.pem")), Clock.systemUTC()).run();
            assertThat(outcome.status()).isEqualTo(CheckStatus.CRITICAL);
            assertThat(metric(outcome, "tls_certificate_days_left")).isBetween(3.0, 5.0);
            assertThat(metric(outcome, "http_status_code")).isEqualTo(200);
            assertThat(outcome.message()).contains("HTTP 200").contains("certificate expires in");
            assertThat(outcome.properties().get("certificateSubject")).isEqualTo("CN=localhost");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void httpsWithAGoodCertificateIsOkAndAnUntrustedOneIsATlsError() throws Exception {
        HttpsServer server = TestServers.https(longLived, 204);
        try {
            URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
            CheckOutcome trusted = new HttpCheck("http", url, TIMEOUT, null, DAYS,
                    Trust.fromPem(dir.resolve("server-400.pem")), Clock.systemUTC()).run();
            assertThat(trusted.status()).isEqualTo(CheckStatus.OK);
            CheckOutcome untrusted = new HttpCheck("http", url, TIMEOUT, null, DAYS, null, Clock.systemUTC()).run();
            assertThat(untrusted.status()).isEqualTo(CheckStatus.CRITICAL);
            assertThat(untrusted.message()).startsWith("TLS error with 127.0.0.1")
                    .contains("certificate not trusted");
            CheckOutcome wrongCert = new HttpCheck("http", url, TIMEOUT, null, DAYS,
                    Trust.fromPem(dir.resolve("server-5.pem")), Clock.systemUTC()).run();
            assertThat(wrongCert.status()).isEqualTo(CheckStatus.CRITICAL);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void httpErrorStatusAndRefusedConnection() throws Exception {
        HttpServer server = TestServers.http(500, "{}");
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            CheckOutcome outcome = new HttpCheck("http", url, TIMEOUT, null, DAYS, null, Clock.systemUTC()).run();
            assertThat(outcome.status()).isEqualTo(CheckStatus.CRITICAL);
            assertThat(outcome.message()).startsWith("HTTP 500");
        } finally {
            server.stop(0);
        }
        int port = closedPort();
        CheckOutcome refused = new HttpCheck("http", URI.create("http://127.0.0.1:" + port + "/"), TIMEOUT, null,
                DAYS, null, Clock.systemUTC()).run();
        assertThat(refused.status()).isEqualTo(CheckStatus.CRITICAL);
        assertThat(refused.message()).isEqualTo("connection refused by 127.0.0.1:" + port);
    }

    @Test
    void ntpOffsetAgainstALocalResponder() throws Exception {
        try (TestServers.NtpResponder ntp = new TestServers.NtpResponder(250, 2)) {
            CheckOutcome outcome = new NtpCheck("ntp", "127.0.0.1", ntp.port(), TIMEOUT, new Threshold(100, 1000)).run();
            assertThat(outcome.status()).isEqualTo(CheckStatus.WARNING);
            assertThat(metric(outcome, "ntp_offset_ms")).isBetween(200.0, 300.0);
            assertThat(outcome.message()).startsWith("clock offset 2");
        }
        try (TestServers.NtpResponder unsynced = new TestServers.NtpResponder(0, 16)) {
            CheckOutcome outcome = new NtpCheck("ntp", "127.0.0.1", unsynced.port(), TIMEOUT,
                    new Threshold(100, 1000)).run();
            assertThat(outcome.status()).isEqualTo(CheckStatus.WARNING);
            assertThat(outcome.message()).contains("not synchronised");
        }
        CheckOutcome silent = new NtpCheck("ntp", "127.0.0.1", closedPort(), Duration.ofMillis(300),
                new Threshold(100, 1000)).run();
        assertThat(silent.status()).isEqualTo(CheckStatus.CRITICAL);
    }

    @Test
    void localHostReportsCpuMemoryAndDisks() {
        CheckOutcome ok = new HostCheck("host", new Threshold(101, 102), new Threshold(101, 102),
                new Threshold(101, 102), List.of(Path.of("."))).run();
        assertThat(ok.status()).isEqualTo(CheckStatus.OK);
        assertThat(ok.metrics()).extracting(Metric::name).contains("host_memory_used_percent",
                "host_disk_used_percent", "host_disk_size_bytes");
        CheckOutcome full = new HostCheck("host", null, new Threshold(0, 0.001), null, List.of()).run();
        assertThat(full.status()).isEqualTo(CheckStatus.CRITICAL);
        assertThat(full.message()).contains("memory").contains("% used");
    }

    @Test
    void crmHealthUpAndDown() throws Exception {
        HttpServer up = TestServers.http(200, "{\"status\":\"UP\"}");
        HttpServer down = TestServers.http(503, "{\"status\":\"DOWN\"}");
        try {
            CheckOutcome ok = new CrmHealthCheck("crm-health", URI.create("http://127.0.0.1:"
                    + up.getAddress().getPort() + "/actuator/health"), TIMEOUT).run();
            assertThat(ok.status()).isEqualTo(CheckStatus.OK);
            assertThat(metric(ok, "crm_health_up")).isEqualTo(1);
            CheckOutcome bad = new CrmHealthCheck("crm-health", URI.create("http://127.0.0.1:"
                    + down.getAddress().getPort() + "/actuator/health"), TIMEOUT).run();
            assertThat(bad.status()).isEqualTo(CheckStatus.CRITICAL);
            assertThat(bad.message()).isEqualTo("CRM health is DOWN (HTTP 503)");
        } finally {
            up.stop(0);
            down.stop(0);
        }
    }

    @Test
    void thresholdDirectionFollowsTheOrderOfItsLevels() {
        assertThat(new Threshold(80, 90).status(85)).isEqualTo(CheckStatus.WARNING);
        assertThat(new Threshold(80, 90).status(90)).isEqualTo(CheckStatus.CRITICAL);
        assertThat(new Threshold(21, 7).status(30)).isEqualTo(CheckStatus.OK);
        assertThat(new Threshold(21, 7).status(10)).isEqualTo(CheckStatus.WARNING);
        assertThat(new Threshold(21, 7).status(7)).isEqualTo(CheckStatus.CRITICAL);
    }
}
