package cn.hoist.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.testsupport.HttpTester;

/**
 * Guessing passwords on the sign-in form or enrollment codes from one address is refused after five wrong codes, the right code included, with a
 * 429 that names the wait; another address is not affected. Addresses come from the proxy header the console
 * trusts from loopback.
 */
@ConsoleTest
class ThrottleTests {

    @LocalServerPort
    int port;

    @Test
    void wrongCodesFromOneAddressAreRefusedAfterFive() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        String shop = ConsoleTestSupport.createShop(http, "限流测试店");
        String code = ConsoleTestSupport.issueCode(http, shop);
        for (int i = 0; i < 5; i++) {
            assertThat(enroll(http, "10.88.0.1", "WRONG-CODE-" + i).status()).isEqualTo(400);
        }
        var refused = enroll(http, "10.88.0.1", code);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).get().asString().matches("1[0-5]");
        assertThat(refused.json().get("detail").asString()).contains("秒后再试");
        assertThat(enroll(http, "10.88.0.2", code).status()).as("another shop's server").isEqualTo(201);
    }

    @Test
    void wrongConsoleSignInsAreRefusedAfterFive() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(http, "admin", "wrong-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(http, "admin", ConsoleTestSupport.ADMIN_PASSWORD)).matches(".*/login\\?throttled=1[0-5]");
    }

    private static String signIn(HttpTester http, String user, String password) {
        String csrf = http.get("/login").send().body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return http.post("/login").header("X-Forwarded-For", "10.88.1.1")
                .form(Map.of("username", user, "password", password, "_csrf", csrf)).send().header("Location")
                .orElseThrow();
    }

    private static HttpTester.Response enroll(HttpTester http, String address, String code) {
        return http.post("/api/agent/v1/enroll").header("X-Forwarded-For", address).json(Map.of("protocol", 1,
                "code", code, "agent", Map.of("hostname", "shop-server", "os", "Linux", "agentVersion", "1.0.0")))
                .send();
    }
}
