package cn.hoist.agent.snmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hoist.snmpsim.DeviceKind;
import cn.hoist.snmpsim.SnmpSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SnmpCommandTests {

    static SnmpSimulator sim;
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
        CommandLine cl = new CommandLine(new SnmpCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void walkPrintsAlignedTypedValuesAndASummary() {
        int code = run("walk", "-H", "127.0.0.1", "-p", Integer.toString(sim.port(0)), "1.3.6.1.2.1.31.1.1.1.6");
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("(?m)^1\\.3\\.6\\.1\\.2\\.1\\.31\\.1\\.1\\.1\\.6\\.1 +Counter64 +\\d+$")
                .contains("24 varbind(s)");
    }

    @Test
    void getDecodesStrings() {
        int code = run("get", "-H", "127.0.0.1", "-p", Integer.toString(sim.port(0)), "1.3.6.1.2.1.1.5.0");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("STRING  \"switch-1\"");
    }

    @Test
    void timeoutIsOneLineOnStderrWithNonZeroExit() {
        int code = run("get", "-H", "127.0.0.1", "-p", Integer.toString(sim.port(0)), "-c", "secret-community",
                "-t", "200", "-r", "0", "1.3.6.1.2.1.1.5.0");
        assertThat(code).isEqualTo(SnmpCommand.EXIT_SNMP_ERROR);
        assertThat(err.toString().strip()).startsWith("error: no answer").contains("wrong community")
                .doesNotContain("secret-community").doesNotContain("\n");
    }

    @Test
    void missingPasswordEnvironmentVariableIsReported() {
        int code = run("get", "-H", "127.0.0.1", "-v", "3", "-u", "ops", "-a", "SHA256",
                "--auth-pass-env", "HOIST_TEST_SURELY_UNSET_VARIABLE", "1.3.6.1.2.1.1.5.0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("HOIST_TEST_SURELY_UNSET_VARIABLE");
    }
}
