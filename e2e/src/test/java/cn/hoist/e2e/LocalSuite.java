package cn.hoist.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import cn.hoist.testsupport.HttpTester;

/**
 * The suite as {@code deploy/local/start.sh} starts it, in a temporary HOIST_HOME on free ports,
 * and the helpers to drive it: the scripts, a signed-in console session, waiting for a condition.
 */
final class LocalSuite {

    static final String ADMIN_PASSWORD = "e2e-admin-password-01";
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    final Path home;
    final int consolePort = freePort();
    final int crmPort = freePort();
    final int agentPort = freePort();
    final int snmpPort = freeUdpPort();
    final int trapPort = freeUdpPort();

    LocalSuite(Path home) {
        this.home = home;
    }

    Result start() {
        return script("deploy/local/start.sh");
    }

    Result stop(String... programs) {
        return script("deploy/local/stop.sh", programs);
    }

    HttpTester console() {
        return new HttpTester("http://127.0.0.1:" + consolePort);
    }

    HttpTester crm() {
        return new HttpTester("http://127.0.0.1:" + crmPort);
    }

    HttpTester agent() {
        return new HttpTester("http://127.0.0.1:" + agentPort);
    }

    /** A console client signed in through the login form, as a browser would be. */
    HttpTester consoleSession() {
        HttpTester http = console();
        String csrf = http.get("/login").send().body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signIn = http.post("/login").form(Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", csrf))
                .send();
        if (signIn.status() != 302 || signIn.header("Location").orElse("").contains("error")) {
            throw new AssertionError("could not sign in: " + signIn);
        }
        return http;
    }

    Path file(String relative) {
        return home.resolve(relative);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            Thread.sleep(500);
        }
    }

    private Result script(String script, String... args) {
        try {
            Path output = Files.createTempFile(home.getParent(), "script", ".log");
            String[] command = new String[args.length + 1];
            command[0] = ROOT.resolve(script).toString();
            System.arraycopy(args, 0, command, 1, args.length);
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(Map.of("HOIST_HOME", home.toString(),
                    "HOIST_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "HOIST_CONSOLE_PORT", String.valueOf(consolePort),
                    "HOIST_CRM_PORT", String.valueOf(crmPort),
                    "HOIST_AGENT_PORT", String.valueOf(agentPort),
                    "HOIST_AGENT_OFFLINE_AFTER", "10s",
                    "HOIST_SNMP_PORT", String.valueOf(snmpPort),
                    "HOIST_TRAP_PORT", String.valueOf(trapPort)));
            Process process = builder.start();
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not finish within 4 minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeUdpPort() {
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
