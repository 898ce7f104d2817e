package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.testsupport.HttpTester;

/** Without credentials only health answers; service accounts reach only what they are for. */
@CrmTest
class SecurityTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void healthIsOpenAndEverythingElseNeedsCredentials() {
        assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);
        for (String path : new String[] {"/api/anything", "/v3/api-docs", "/actuator/prometheus", "/actuator/env"}) {
            var response = http.get(path).send();
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.json().get("type").asString()).isEqualTo("urn:hoist:problem:unauthenticated");
        }
        for (String path : new String[] {"/", "/swagger-ui.html", "/anything"}) {
            var response = http.get(path).send();
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).get().asString().endsWith("/login");
        }
    }

    @Test
    void theMonitorAccountReadsTheActuatorButNotTheApi() {
        assertThat(http.get("/actuator/env").basic("monitor", "monitor-test-password").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus").basic("metrics", "metrics-test-password").send().status())
                .isEqualTo(200);
        assertThat(http.get("/actuator/env").basic("metrics", "metrics-test-password").send().status()).isEqualTo(403);
        assertThat(http.get("/api/anything").basic("monitor", "monitor-test-password").send().status()).isEqualTo(403);
    }

    @Test
    void theAdminSignsInAndSeesTheStartPageInChineseOrEnglish() {
        String csrf = http.get("/login").send().body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signIn = http.post("/login").form(Map.of("username", "admin", "password", CrmTest.ADMIN_PASSWORD,
                "_csrf", csrf)).send();
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).get().asString().doesNotContain("error");
        assertThat(http.get("/").send().body()).contains("今天的预约");
        assertThat(http.get("/?lang=en").send().body()).contains("No appointments today.");
        assertThat(http.get("/").send().body()).as("the choice is remembered").contains("No appointments today.");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgain() {
        String csrf = http.get("/login").send().body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signIn = http.post("/login").form(Map.of("username", "admin", "password", "nope", "_csrf", csrf)).send();
        assertThat(signIn.header("Location")).get().asString().contains("/login?error");
        assertThat(http.get("/login?error").send().body()).contains("用户名或密码错误");
    }

    @Test
    void unknownPagesGetALocalizedErrorPageAndUnknownApiPathsAProblem() {
        var api = http.get("/api/nothing-here").basic("admin", CrmTest.ADMIN_PASSWORD).send();
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("type").asString()).isEqualTo("urn:hoist:problem:not-found");
    }
}
