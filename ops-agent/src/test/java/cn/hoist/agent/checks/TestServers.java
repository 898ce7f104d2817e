package cn.hoist.agent.checks;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.apache.commons.net.ntp.NtpV3Impl;
import org.apache.commons.net.ntp.NtpV3Packet;
import org.apache.commons.net.ntp.TimeStamp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** Real servers on loopback for the checks: HTTP(S) with a keytool-made certificate, and an NTP responder. */
final class TestServers {

    private TestServers() {
    }

    /** A self-signed certificate for localhost/127.0.0.1 valid for {@code days}, made by the JDK's keytool. */
    static Path keystore(Path dir, int days) throws Exception {
        Path keystore = dir.resolve("server-" + days + ".p12");
        run(keytool(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", Integer.toString(days),
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        run(keytool(), "-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", dir.resolve("server-" + days + ".pem").toString());
        return keystore;
    }

    static HttpsServer https(Path keystore, int status) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    static HttpServer http(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** Answers NTP client requests with its clock {@code offsetMillis} ahead of ours. */
    static final class NtpResponder implements AutoCloseable {
        final DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        private final Thread thread;

        NtpResponder(long offsetMillis, int stratum) throws IOException {
            thread = new Thread(() -> serve(offsetMillis, stratum), "ntp-responder");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(long offsetMillis, int stratum) {
            byte[] buffer = new byte[48];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                    socket.receive(in);
                    NtpV3Impl request = new NtpV3Impl();
                    request.setDatagramPacket(in);
                    TimeStamp now = TimeStamp.getNtpTime(System.currentTimeMillis() + offsetMillis);
                    NtpV3Impl answer = new NtpV3Impl();
                    answer.setMode(NtpV3Packet.MODE_SERVER);
                    answer.setVersion(NtpV3Packet.VERSION_3);
                    answer.setStratum(stratum);
                    answer.setReferenceTime(now);
                    answer.setOriginateTimeStamp(request.getTransmitTimeStamp());
                    answer.setReceiveTimeStamp(now);
                    answer.setTransmitTime(now);
                    DatagramPacket out = answer.getDatagramPacket();
                    out.setSocketAddress(in.getSocketAddress());
                    socket.send(out);
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
