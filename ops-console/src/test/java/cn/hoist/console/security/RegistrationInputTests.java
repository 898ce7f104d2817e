package cn.hoist.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.testsupport.HttpTester;

/**
 * Spring Boot Admin's registration endpoint: a malformed registration is a 400 problem, and an instance on a host
 * name that does not resolve is refused like one outside the allowed networks (it could resolve there later).
 */
@ConsoleTest
class RegistrationInputTests {

    @LocalServerPort
    int port;

    @Test
    void aRegistrationWithTheWrongTypesIsABadRequest() {
        for (String body : new String[] {"{\"name\":1}", "{\"name\":\"crm\",\"healthUrl\":5}", "{}", "[]", "{"}) {
            var response = register(body);
            assertThat(response.status()).as(body + " " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).get().asString().startsWith("application/problem+json");
        }
    }

    @Test
    void aHostNameThatDoesNotResolveIsRefused() {
        var response = register("{\"name\":\"crm\",\"healthUrl\":\"http://no-such-shop.invalid:8080/actuator/health\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:hoist:problem:registration-address-not-allowed");
        assertThat(register("{\"name\":\"crm\",\"healthUrl\":\"http://10.1.2.3:8080/actuator/health\"}").status())
                .as("outside the allowed networks").isEqualTo(400);
        var allowed = register("{\"name\":\"crm-test\",\"healthUrl\":\"http://127.0.0.1:1/actuator/health\"}");
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
    }

    private HttpTester.Response register(String body) {
        return new HttpTester("http://localhost:" + port).post("/admin/instances")
                .basic("admin", ConsoleTestSupport.ADMIN_PASSWORD).jsonText(body).send();
    }
}
