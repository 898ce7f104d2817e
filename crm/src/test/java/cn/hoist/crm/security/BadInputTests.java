package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.hoist.crm.CrmTest;
import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.OpenApiProbe;

/**
 * The bad-input suite of issue 17: every operation of the CRM's OpenAPI document gets malformed and hostile input
 * ({@link OpenApiProbe}) and must answer each with a 4xx problem detail (or a 2xx where the value is allowed),
 * never a 5xx, a stack trace or a file path, and never accept a value the rules refuse. A context of its own (its
 * own database), since some of the requests succeed and store what they send.
 */
@CrmTest
@TestPropertySource(properties = "hoist.test.suite=bad-input")
class BadInputTests {

    @LocalServerPort
    int port;

    @Test
    void everyApiOperationAnswersBadInputWithAProblem() {
        var document = new HttpTester("http://localhost:" + port).get("/v3/api-docs")
                .basic("admin", CrmTest.ADMIN_PASSWORD).send().json();
        OpenApiProbe probe = new OpenApiProbe(port, "admin", CrmTest.ADMIN_PASSWORD, true);
        var findings = probe.probe(document, path -> true);
        assertThat(document.get("paths").size()).isGreaterThan(10);
        assertThat(probe.requests()).isGreaterThan(500);
        assertThat(findings).as(OpenApiProbe.describe(findings, 60)).isEmpty();
    }
}
