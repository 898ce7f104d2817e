package cn.hoist.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.hoist.console.ConsoleTest;
import cn.hoist.platform.account.AccountStore;
import cn.hoist.testsupport.HttpTester;

/**
 * An engineer's account disabled, its role taken away or its password changed: the console's open sessions and
 * API calls of that account stop at their next request (the change is made in the database, as the console's
 * account page of a later issue or another console instance would).
 */
@ConsoleTest
class AccountChangeTests {

    private static final String PW = "engineer-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAnAccountEndsItsSessionAndApiAccess() {
        String user = engineer();
        HttpTester session = signIn(user);
        assertThat(session.get("/fleet").send().status()).isEqualTo(200);

        jdbc.sql("update app_user set enabled = false where username = ?").param(user).update();

        assertChanged(session);
        assertThat(api().get("/api/shops").basic(user, PW).send().status()).isEqualTo(401);
    }

    @Test
    void aRoleTakenAwayEndsTheSession() {
        String user = engineer();
        HttpTester session = signIn(user);
        assertThat(session.get("/fleet").send().status()).isEqualTo(200);

        jdbc.sql("update app_user set roles = 'NONE' where username = ?").param(user).update();

        assertChanged(session);
        assertThat(api().get("/api/shops").basic(user, PW).send().status()).isEqualTo(403);
    }

    @Test
    void aNewPasswordEndsTheSessionsOfTheOldOne() {
        String user = engineer();
        HttpTester session = signIn(user);

        accounts.changePassword(user, encoder.encode("another-engineer-password"));

        assertChanged(session);
        assertThat(api().get("/api/shops").basic(user, PW).send().status()).isEqualTo(401);
        assertThat(api().get("/api/shops").basic(user, "another-engineer-password").send().status()).isEqualTo(200);
    }

    private void assertChanged(HttpTester session) {
        var page = session.get("/fleet").send();
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).get().asString().endsWith("/login?changed");
        assertThat(session.get("/login?changed").send().body()).contains("您的账户已被管理员更改");
        assertThat(session.get("/fleet").send().header("Location")).get().asString().endsWith("/login");
    }

    private String engineer() {
        String user = "eng" + System.nanoTime() % 1_000_000_000L;
        accounts.create(user, encoder.encode(PW), List.of("ENGINEER"));
        return user;
    }

    private HttpTester api() {
        return new HttpTester("http://localhost:" + port);
    }

    private HttpTester signIn(String user) {
        HttpTester http = api();
        String csrf = http.get("/login").send().body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signIn = http.post("/login").form(Map.of("username", user, "password", PW, "_csrf", csrf)).send();
        assertThat(signIn.header("Location")).get().asString().doesNotContain("error");
        return http;
    }
}
