package cn.hoist.agent.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.agent.ExitCodes;
import cn.hoist.agent.cli.Main;
import cn.hoist.agent.protocol.ConsoleClient;
import picocli.CommandLine;

/** The enroll command's checks; enrollment against a real console is covered end to end. */
class EnrollCommandTests {

    @TempDir
    Path home;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void refusesPlainHttpToAnotherMachine() {
        int exit = run("enroll", "--home", home.toString(), "--console", "http://ops.example.cn", "--code", "AAAA-BBBB-CCCC");
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("refusing plain HTTP").doesNotContain("Exception");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void anUnreachableConsoleIsOneClearLine() {
        int exit = run("enroll", "--home", home.toString(), "--console", "http://127.0.0.1:9", "--code", "AAAA-BBBB-CCCC");
        assertThat(exit).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(err.toString()).startsWith("ops-agent: enrollment failed: cannot reach the console");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(Files.exists(home.resolve("agent/credential.json"))).isFalse();
    }

    @Test
    void aMissingOptionPrintsUsage() {
        assertThat(run("enroll", "--home", home.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required options").contains("--console");
    }

    @Test
    void anEnrolledAgentIsNotEnrolledTwiceByAccident() {
        new CredentialStore(home.resolve("agent/credential.json"), ConsoleClient.defaultJson())
                .save(new Credential(URI.create("http://127.0.0.1:9/"), "a", "s", "门店", "secret", OffsetDateTime.now()));
        int exit = run("enroll", "--home", home.toString(), "--console", "http://127.0.0.1:9", "--code", "AAAA-BBBB-CCCC");
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("already enrolled").contains("--force");
    }

    @Test
    void theCredentialFileIsReadableByItsOwnerOnlyAndNeverPrintsTheSecret() throws Exception {
        var store = new CredentialStore(home.resolve("agent/credential.json"), ConsoleClient.defaultJson());
        var credential = new Credential(URI.create("https://ops.example.cn/"), "a", "s", "门店", "top-secret",
                OffsetDateTime.parse("2026-11-23T10:00:00Z"));
        store.save(credential);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(store.load()).contains(credential);
        assertThat(credential.toString()).doesNotContain("top-secret");

        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(store::load)).hasMessageContaining("chmod 600");
    }

    @Test
    void runWithoutEnrollmentSaysWhatToDo() {
        assertThat(run("run", "--home", home.toString())).isEqualTo(ExitCodes.NOT_ENROLLED);
        assertThat(err.toString()).contains("not enrolled").contains("ops-agent enroll --console URL --code CODE");
    }
}
