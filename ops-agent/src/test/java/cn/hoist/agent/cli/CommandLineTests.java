package cn.hoist.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.SnmpSimulator;
import picocli.CommandLine;

/** The engineer's commands through the real command tree: config check, check, snmp table. */
class CommandLineTests {

    static SnmpSimulator sim;

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        sim = SnmpSimulator.builder().add(DeviceKind.SWITCH).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void configCheckListsEachErrorAsFileLineMessage() throws Exception {
        Path file = dir.resolve("agent.yml");
        Files.writeString(file, "devices:\n  - name: a\n    kind: switch\n    interval: often\n  - name: a\n"
                + "    kind: router\n");
        assertThat(run("config", "check", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ":4: 'interval' of device a must be a positive duration")
                .contains(file + ":5: duplicate device name 'a' (first at line 2)")
                .contains("2 error(s)");
    }

    @Test
    void configCheckSummarisesAValidFileAndFindsTheDefaultOneUnderHome() throws Exception {
        Files.createDirectories(dir.resolve("agent"));
        Files.writeString(dir.resolve("agent/agent.yml"), """
                devices:
                  - name: core-switch
                    kind: switch
                    address: 192.168.1.2
                    snmp: {community: x}
                    checks: [{type: icmp}]
                """);
        assertThat(run("config", "check", "--home", dir.toString())).isZero();
        assertThat(out.toString()).contains("OK, 1 device(s)")
                .containsPattern("core-switch +switch +192\\.168\\.1\\.2 +1m +SNMP v2c snmp\\.system, "
                        + "snmp\\.interfaces, icmp")
                .containsPattern("agent-host +server +this host");
    }

    @Test
    void configCheckOfAMissingFileSaysSo() {
        assertThat(run("config", "check", dir.resolve("nope.yml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.yml: no such file");
    }

    @Test
    void checkTcpPrintsAlignedLinesAndExitsByStatus() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            assertThat(run("check", "tcp", "127.0.0.1", "--port", Integer.toString(server.getLocalPort()))).isZero();
        }
        assertThat(out.toString()).containsPattern("(?m)^status +OK$").containsPattern("(?m)^check +tcp\\.\\d+$")
                .containsPattern("(?m)^tcp_connect_ms\\{port=\\d+} +[0-9.]+ ms$");
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        out.getBuffer().setLength(0);
        assertThat(run("check", "tcp", "127.0.0.1", "--port", Integer.toString(closed))).isEqualTo(1);
        assertThat(out.toString()).containsPattern("(?m)^status +CRITICAL$").contains("connection refused");
    }

    @Test
    void checkWithoutRequiredArgumentsIsAUsageError() {
        assertThat(run("check", "tcp", "127.0.0.1")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--port=PORT'");
    }

    @Test
    void anUnreadableTrustFileIsOneLine() {
        assertThat(run("check", "http", "https://127.0.0.1:1/", "--trust", dir.resolve("none.pem").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("ops-agent: cannot read certificates from").doesNotContain("\n");
    }

    @Test
    void checkHostShowsMetrics() {
        int code = run("check", "host", "--disk", ".");
        assertThat(code).isIn(0, 1);
        assertThat(out.toString()).contains("host_memory_used_percent").contains("host_disk_used_percent{mount=.}");
    }

    @Test
    void snmpTablePrintsRowsByIndex() {
        int code = run("snmp", "table", "-H", "127.0.0.1", "-p", Integer.toString(sim.port(0)),
                "1.3.6.1.2.1.31.1.1.1.1", "1.3.6.1.2.1.2.2.1.8");
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("(?m)^INDEX +1\\.3\\.6\\.1\\.2\\.1\\.31\\.1\\.1\\.1\\.1 +1\\.3")
                .containsPattern("(?m)^7 +\"Gi0/7\" +1$").containsPattern("(?m)^24 +\"Gi0/24\" +2$")
                .contains("24 row(s) from 127.0.0.1:" + sim.port(0));
    }
}
