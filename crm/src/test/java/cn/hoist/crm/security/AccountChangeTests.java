package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;
import cn.hoist.platform.account.AccountStore;
import cn.hoist.testsupport.HttpTester;

/**
 * A change to an account by the admin — disabled, a role taken away, a new password — takes effect with the next
 * request of every session and every remembered API sign-in the account has, not at its next sign-in.
 */
@CrmTest
class AccountChangeTests {

    private static final String PW = CrmTestData.STAFF_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    HttpTester api;
    PageSession admin;
    String customer;

    @BeforeEach
    void setUp() {
        api = new HttpTester("http://localhost:" + port);
        admin = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        customer = api.post("/api/customers").basic("admin", CrmTest.ADMIN_PASSWORD)
                .json(Map.of("kind", "PERSON", "name", "账户变更测试", "mobile", CrmTestData.mobile(), "source", "PHONE"))
                .send().json().get("id").asString();
    }

    @Test
    void aDisabledAccountsSessionAndApiSignInEndAtTheNextRequest() {
        String user = freshUser("FRONT_DESK");
        PageSession session = PageSession.signIn(port, user, PW);
        assertThat(session.get("/customers").status()).isEqualTo(200);
        assertThat(api.get("/api/customers").basic(user, PW).send().status()).isEqualTo(200);

        change(user, "FRONT_DESK", false, null);

        var page = session.get("/customers");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).get().asString().endsWith("/login?changed");
        assertThat(session.get("/login?changed").body()).contains("您的账户已被管理员更改");
        assertThat(session.get("/customers").header("Location")).as("the session is gone")
                .get().asString().endsWith("/login");
        assertThat(api.get("/api/customers").basic(user, PW).send().status()).isEqualTo(401);
    }

    @Test
    void aRoleTakenAwayCanNoLongerRevealThroughTheOldSessionOrTheApi() {
        String user = freshUser("SERVICE_ADVISOR");
        PageSession session = PageSession.signIn(port, user, PW);
        String profile = "/customers/" + customer;
        assertThat(session.submit(profile, profile + "/reveal", Map.of("field", "MOBILE")).status()).isEqualTo(302);
        assertThat(reveal(user).status()).isEqualTo(200);
        long reveals = reveals(user);
        String csrf = session.csrf(profile);

        change(user, "TECHNICIAN", true, null);

        // the profile page is still open in the advisor's browser, with its form and token
        var page = session.http().post(profile + "/reveal").form(Map.of("field", "MOBILE", "_csrf", csrf)).send();
        assertThat(page.header("Location")).get().asString().endsWith("/login?changed");
        assertThat(reveal(user).status()).isEqualTo(403);
        assertThat(reveals(user)).as("no reveal after the change").isEqualTo(reveals);
        PageSession again = PageSession.signIn(port, user, PW);
        assertThat(again.submit(profile, profile + "/reveal", Map.of("field", "MOBILE")).status())
                .as("signed in again, as a technician").isEqualTo(403);
    }

    @Test
    void aNewPasswordEndsTheSessionsAndApiSignInsOfTheOldOne() {
        String user = freshUser("FRONT_DESK");
        PageSession session = PageSession.signIn(port, user, PW);
        assertThat(api.get("/api/customers").basic(user, PW).send().status()).isEqualTo(200);

        change(user, "FRONT_DESK", true, "a-brand-new-password-2");

        assertThat(session.get("/customers").header("Location")).get().asString().endsWith("/login?changed");
        assertThat(api.get("/api/customers").basic(user, PW).send().status()).isEqualTo(401);
        assertThat(api.get("/api/customers").basic(user, "a-brand-new-password-2").send().status()).isEqualTo(200);
    }

    @Test
    void aChangeMadeByAnotherInstanceOfTheCrmIsSeenToo() {
        String user = freshUser("FRONT_DESK");
        PageSession session = PageSession.signIn(port, user, PW);
        assertThat(api.get("/api/customers").basic(user, PW).send().status()).isEqualTo(200);

        // as a chain's other CRM on the same database would: no call into this instance, no cache eviction here
        jdbc.sql("update app_user set enabled = false where username = ?").param(user).update();

        assertThat(session.get("/customers").header("Location")).get().asString().endsWith("/login?changed");
        assertThat(api.get("/api/customers").basic(user, PW).send().status()).isEqualTo(401);
    }

    @Test
    void aChangedDisplayNameEndsNoSession() {
        String user = freshUser("FRONT_DESK");
        PageSession session = PageSession.signIn(port, user, PW);
        jdbc.sql("update app_user set display_name = '新名字' where username = ?").param(user).update();
        assertThat(session.get("/customers").status()).isEqualTo(200);
    }

    private String freshUser(String role) {
        String user = "chg" + System.nanoTime() % 1_000_000_000L;
        return CrmTestData.user(accounts, encoder, user, role);
    }

    /** What the admin does on the account's page. */
    private void change(String user, String role, boolean enabled, String password) {
        Map<String, String> form = new HashMap<>(Map.of("roles", role));
        if (enabled) {
            form.put("enabled", "true");
        }
        if (password != null) {
            form.put("password", password);
        }
        var saved = admin.submit("/admin/users/" + user, "/admin/users/" + user, form);
        assertThat(saved.header("Location")).as(saved.body()).get().asString().endsWith("/admin/users");
    }

    private HttpTester.Response reveal(String user) {
        return api.post("/api/customers/" + customer + "/reveal").basic(user, PW).json(Map.of("field", "MOBILE")).send();
    }

    private long reveals(String user) {
        return jdbc.sql("select count(*) from audit_event where action = 'REVEAL' and actor = ?").param(user)
                .query(Long.class).single();
    }
}
