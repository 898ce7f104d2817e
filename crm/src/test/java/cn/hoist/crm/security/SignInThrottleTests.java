package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.platform.account.AccountStore;
import cn.hoist.testsupport.HttpTester;

/**
 * Guessing a password on the sign-in form or with HTTP Basic is refused after a few failures, with the wait
 * named, even when the next guess is right; the refusal is logged. Each test is its own client address (the proxy
 * header the CRM trusts from loopback), so the counts of other tests do not mix in.
 */
@CrmTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void wrongFormSignInsAreRefusedAfterFiveEvenWithTheRightPassword(CapturedOutput output) {
        String user = CrmTestData.user(accounts, encoder, "guessed" + System.nanoTime() % 1_000_000, "FRONT_DESK");
        HttpTester http = new HttpTester("http://localhost:" + port);
        String address = "10.77.0.1";
        for (int i = 0; i < 5; i++) {
            assertThat(formSignIn(http, address, user, "wrong-" + i)).endsWith("/login?error");
        }
        String refused = formSignIn(http, address, user, CrmTestData.STAFF_PASSWORD);
        assertThat(refused).matches(".*/login\\?throttled=1[0-5]");
        assertThat(http.get(refused.substring(refused.indexOf("/login"))).send().body()).contains("登录失败次数过多");
        assertThat(formSignIn(http, "10.77.0.2", user, CrmTestData.STAFF_PASSWORD))
                .as("the same account from another desk").doesNotContain("error").doesNotContain("throttled");
        assertThat(output.getAll()).contains("Sign-in throttle: 5 failed attempts");
    }

    @Test
    void wrongBasicSignInsGetA429WithRetryAfter() {
        String user = CrmTestData.user(accounts, encoder, "api" + System.nanoTime() % 1_000_000, "FRONT_DESK");
        HttpTester http = new HttpTester("http://localhost:" + port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/customers").basic(user, "wrong-" + i).header("X-Forwarded-For", "10.77.1.1")
                    .send().status()).isEqualTo(401);
        }
        var refused = http.get("/api/customers").basic(user, CrmTestData.STAFF_PASSWORD)
                .header("X-Forwarded-For", "10.77.1.1").send();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).get().asString().matches("1[0-5]");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:hoist:problem:rate-limited");
        assertThat(refused.json().get("detail").asString()).contains("秒后再试");
    }

    private static String formSignIn(HttpTester http, String address, String user, String password) {
        String csrf = http.get("/login").send().body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return http.post("/login").header("X-Forwarded-For", address)
                .form(Map.of("username", user, "password", password, "_csrf", csrf)).send().header("Location")
                .orElseThrow();
    }
}
