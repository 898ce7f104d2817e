package cn.hoist.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.OpenApiProbe;

/**
 * The bad-input suite of issue 17 for the console: every operation of its OpenAPI document gets malformed and
 * hostile input ({@link OpenApiProbe}); each answer is a 4xx problem or an allowed 2xx, never a 5xx, a stack trace
 * or a file path. Text rules are the console's (its ingest passes on what devices say). A context of its own.
 */
@ConsoleTest
@TestPropertySource(properties = "hoist.test.suite=bad-input")
class BadInputTests {

    @LocalServerPort
    int port;

    @Test
    void everyApiOperationAnswersBadInputWithAProblem() {
        var document = new HttpTester("http://localhost:" + port).get("/v3/api-docs")
                .basic("admin", ConsoleTestSupport.ADMIN_PASSWORD).send().json();
        OpenApiProbe probe = new OpenApiProbe(port, "admin", ConsoleTestSupport.ADMIN_PASSWORD, false);
        var findings = probe.probe(document, path -> true);
        assertThat(document.get("paths").size()).isGreaterThan(3);
        assertThat(probe.requests()).isGreaterThan(100);
        assertThat(findings).as(OpenApiProbe.describe(findings, 60)).isEmpty();
    }
}
