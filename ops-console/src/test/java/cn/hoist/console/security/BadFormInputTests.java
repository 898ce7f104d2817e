package cn.hoist.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.testsupport.FormProbe;
import cn.hoist.testsupport.HttpTester;

/**
 * The bad-input suite's page half for the console: every form reachable from the start page (with a shop and an
 * enrolled agent) is posted with hostile values, one field at a time, with its CSRF token ({@link FormProbe}).
 */
@ConsoleTest
@TestPropertySource(properties = "hoist.test.suite=bad-input")
class BadFormInputTests {

    @LocalServerPort
    int port;

    @Test
    void everyFormAnswersBadInputWithoutAServerError() {
        ConsoleTestSupport.newAgent(new HttpTester("http://localhost:" + port), "表单探测店");
        FormProbe probe = FormProbe.signIn(port, "admin", ConsoleTestSupport.ADMIN_PASSWORD);
        var findings = probe.probe(40, action -> !action.startsWith("/logout") && !action.startsWith("/admin"));
        assertThat(probe.posts()).isGreaterThan(10);
        assertThat(findings).as(FormProbe.describe(findings, 60)).isEmpty();
    }
}
