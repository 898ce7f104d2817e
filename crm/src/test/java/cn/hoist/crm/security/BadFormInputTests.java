package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import cn.hoist.crm.CrmTest;
import cn.hoist.testsupport.FormProbe;
import cn.hoist.testsupport.HttpTester;

/**
 * The bad-input suite's page half for the CRM: every form reachable from the start page (with demo-like data: one
 * customer with a car) is posted with hostile values, one field at a time, with its CSRF token; no answer may be a
 * 5xx, show a stack trace or path, or echo a script unescaped ({@link FormProbe}). Shares the API suite's context.
 */
@CrmTest
@TestPropertySource(properties = "hoist.test.suite=bad-input")
class BadFormInputTests {

    @LocalServerPort
    int port;

    @Test
    void everyFormAnswersBadInputWithoutAServerError() {
        HttpTester api = new HttpTester("http://localhost:" + port);
        cn.hoist.crm.CrmTestData.customerWithCar(api, "表单探测", cn.hoist.crm.CrmTestData.mobile(),
                cn.hoist.crm.CrmTestData.plate(), cn.hoist.crm.CrmTestData.vin());
        FormProbe probe = FormProbe.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        var findings = probe.probe(40, action -> !action.startsWith("/logout"));
        assertThat(probe.posts()).isGreaterThan(50);
        assertThat(findings).as(FormProbe.describe(findings, 60)).isEmpty();
    }
}
