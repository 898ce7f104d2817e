package cn.hoist.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped deploy files pass the checks of the real tools, where those are installed (Debian 12's nginx 1.22,
 * Prometheus' promtool, systemd-analyze); a test whose tool is missing is skipped with a notice naming the package.
 */
class DeployFilesTests {

    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theConsolesTlsFrontPassesNginxT() throws Exception {
        assumeTrue(installed("nginx"), "nginx is not installed (apt-get install nginx): skipped");
        assumeTrue(installed("openssl"), "openssl is not installed: skipped");
        Path key = temp.resolve("test.key");
        Path cert = temp.resolve("test.pem");
        assertThat(run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                "/CN=ops.example.cn", "-keyout", key.toString(), "-out", cert.toString()).exitCode()).isZero();
        String site = Files.readString(DEPLOY.resolve("nginx/hoist-console.conf"))
                .replace("/etc/ssl/hoist/ops.example.cn.fullchain.pem", cert.toString())
                .replace("/etc/ssl/hoist/ops.example.cn.key", key.toString());
        Files.writeString(temp.resolve("site.conf"), site);
        Files.writeString(temp.resolve("nginx.conf"), "pid " + temp.resolve("nginx.pid") + ";\nerror_log "
                + temp.resolve("error.log") + ";\nevents {}\nhttp {\n  access_log off;\n  include "
                + temp.resolve("site.conf") + ";\n}\n");
        Result result = run("nginx", "-t", "-p", temp.toString(), "-c", temp.resolve("nginx.conf").toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("syntax is ok").doesNotContain("[warn]");
    }

    @Test
    void thePrometheusConfigurationAndAlertRulesPassPromtool() throws Exception {
        assumeTrue(installed("promtool"), "promtool is not installed (apt-get install prometheus): skipped");
        Result rules = run("promtool", "check", "rules", DEPLOY.resolve("prometheus/hoist-alerts.yml").toString());
        assertThat(rules.exitCode()).as(rules.output()).isZero();
        // the password file the configuration names is the operator's; syntax and rule files are ours
        String config = Files.readString(DEPLOY.resolve("prometheus/prometheus.yml"))
                .replace("/etc/prometheus/secrets/hoist-console-metrics.password", temp.resolve("pw").toString());
        Files.writeString(temp.resolve("pw"), "secret");
        Files.copy(DEPLOY.resolve("prometheus/hoist-alerts.yml"), temp.resolve("hoist-alerts.yml"));
        Files.writeString(temp.resolve("prometheus.yml"), config);
        Result check = run("promtool", "check", "config", temp.resolve("prometheus.yml").toString());
        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    @Test
    void theSystemdUnitsPassSystemdAnalyzeVerify() throws Exception {
        assumeTrue(installed("systemd-analyze"), "systemd-analyze is not installed: skipped");
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify"));
        try (var units = Files.list(DEPLOY.resolve("systemd"))) {
            units.filter(p -> p.toString().endsWith(".service")).map(Path::toString).sorted().forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(2);
        Result result = run(command.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).as("no complaint about our units").doesNotContain("hoist-");
    }

    private static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
