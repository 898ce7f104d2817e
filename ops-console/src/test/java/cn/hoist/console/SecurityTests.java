package cn.hoist.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.testsupport.HttpTester;

/** Without credentials nothing but health answers; service accounts reach only what they are for. */
@ConsoleTest
class SecurityTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void healthIsOpen() {
        var health = http.get("/actuator/health").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void apiWithoutCredentialsIsAProblem401() {
        for (String path : new String[] {"/api/shops", "/api/agents/00000000-0000-0000-0000-000000000000",
                "/api/anything", "/v3/api-docs"}) {
            var response = http.get(path).send();
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).get().asString().startsWith("Basic");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:hoist:problem:unauthenticated");
        }
    }

    @Test
    void wrongPasswordIs401() {
        assertThat(http.get("/api/shops").basic("admin", "wrong-password").send().status()).isEqualTo(401);
    }

    @Test
    void actuatorEndpointsOtherThanHealthNeedCredentials() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/env", "/actuator/metrics", "/actuator"}) {
            assertThat(http.get(path).send().status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void pagesRedirectToTheLoginPage() {
        for (String path : new String[] {"/", "/fleet", "/admin", "/swagger-ui.html", "/shops/x"}) {
            var response = http.get(path).send();
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).get().asString().endsWith("/login");
        }
        var login = http.get("/login").send();
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"password\"");
        assertThat(http.get("/hoist/hoist.css").send().status()).isEqualTo(200);
    }

    @Test
    void theMetricsAccountScrapesPrometheusAndNothingElse() {
        var scrape = http.get("/actuator/prometheus").basic("metrics", "metrics-test-password").send();
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(http.get("/actuator/env").basic("metrics", "metrics-test-password").send().status()).isEqualTo(403);
        assertThat(http.get("/api/shops").basic("metrics", "metrics-test-password").send().status()).isEqualTo(403);
    }

    @Test
    void staffSignInWithTheLoginForm() {
        var loginPage = http.get("/login").send();
        String csrf = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signIn = http.post("/login").form(Map.of("username", "admin",
                "password", ConsoleTestSupport.ADMIN_PASSWORD, "_csrf", csrf)).send();
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).get().asString().doesNotContain("error");
        var fleet = http.get("/fleet").send();
        assertThat(fleet.status()).isEqualTo(200);
        assertThat(fleet.body()).contains("门店与代理");
        var unknownShop = http.get("/shops/" + java.util.UUID.randomUUID()).send();
        assertThat(unknownShop.status()).isEqualTo(404);
        assertThat(unknownShop.body()).contains("不存在").doesNotContain("Exception");
    }

    @Test
    void theRegistrarMayOnlyRegisterInstances() {
        var registration = Map.of("name", "hoist-crm", "healthUrl", "http://127.0.0.1:18080/actuator/health",
                "managementUrl", "http://127.0.0.1:18080/actuator", "serviceUrl", "http://127.0.0.1:18080/");
        assertThat(http.post("/admin/instances").json(registration).send().status()).isEqualTo(401);
        var registered = http.post("/admin/instances").basic("registrar", "registrar-test-password")
                .json(registration).send();
        assertThat(registered.status()).isEqualTo(201);
        assertThat(http.get("/api/shops").basic("registrar", "registrar-test-password").send().status())
                .isEqualTo(403);
        assertThat(http.get("/admin/applications").basic("registrar", "registrar-test-password").send().status())
                .isIn(302, 401, 403);
    }

    @Test
    void registrationOfAnAddressOutsideTheAllowedNetworksIsRefused() {
        var registration = Map.of("name", "evil", "healthUrl", "http://10.1.2.3/actuator/health",
                "managementUrl", "http://10.1.2.3/actuator", "serviceUrl", "http://10.1.2.3/");
        var refused = http.post("/admin/instances").basic("registrar", "registrar-test-password")
                .json(registration).send();
        assertThat(refused.status()).isBetween(400, 499);
    }
}
