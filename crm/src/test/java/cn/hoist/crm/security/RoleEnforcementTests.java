package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

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

/** What each role may do is enforced by the server, for the API and for pages, whatever the page shows. */
@CrmTest
class RoleEnforcementTests {

    private static final String PW = CrmTestData.STAFF_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    HttpTester http;
    String customer;
    String idNumber;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
        CrmTestData.user(accounts, encoder, "tech1", "TECHNICIAN");
        CrmTestData.user(accounts, encoder, "desk1", "FRONT_DESK");
        CrmTestData.user(accounts, encoder, "manager1", "MANAGER");
        idNumber = CrmTestData.idNumber();
        customer = http.post("/api/customers").basic("admin", cn.hoist.crm.CrmTest.ADMIN_PASSWORD)
                .json(Map.of("kind", "PERSON", "name", "权限测试", "mobile", CrmTestData.mobile(), "source", "PHONE",
                        "idNumber", idNumber))
                .send().json().get("id").asString();
    }

    @Test
    void aTechnicianReadsMaskedDataButChangesAndRevealsNothing() {
        var read = http.get("/api/customers/" + customer).basic("tech1", PW).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("mobile").asString()).contains("****");
        assertThat(http.post("/api/customers").basic("tech1", PW).json(Map.of("kind", "PERSON", "name", "x",
                "source", "PHONE")).send().status()).isEqualTo(403);
        var reveal = http.post("/api/customers/" + customer + "/reveal").basic("tech1", PW)
                .json(Map.of("field", "MOBILE")).send();
        assertThat(reveal.status()).isEqualTo(403);
        assertThat(reveal.json().get("type").asString()).isEqualTo("urn:hoist:problem:forbidden");
        assertThat(http.post("/api/customers/" + customer + "/reveal").basic("tech1", PW)
                .json(Map.of("field", "ID_NUMBER")).send().status()).isEqualTo(403);
    }

    @Test
    void theFrontDeskRevealsAMobileButNotAnIdNumberAndEveryRevealIsLogged() {
        long before = reveals();
        var mobile = http.post("/api/customers/" + customer + "/reveal").basic("desk1", PW)
                .json(Map.of("field", "MOBILE")).send();
        assertThat(mobile.status()).isEqualTo(200);
        assertThat(mobile.json().get("value").asString()).matches("1[3-9]\\d{9}");
        assertThat(reveals()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select actor from audit_event where action = 'REVEAL' and entity_id = ? order by id desc")
                .param(customer).query(String.class).list()).first().isEqualTo("desk1");
        assertThat(http.post("/api/customers/" + customer + "/reveal").basic("desk1", PW)
                .json(Map.of("field", "ID_NUMBER")).send().status()).isEqualTo(403);
        var id = http.post("/api/customers/" + customer + "/reveal").basic("manager1", PW)
                .json(Map.of("field", "ID_NUMBER")).send();
        assertThat(id.json().get("value").asString()).isEqualTo(idNumber);
        assertThat(reveals()).isEqualTo(before + 2);
    }

    @Test
    void bulkOperationsAreForManagers() {
        assertThat(http.post("/api/merges").basic("desk1", PW).json(Map.of("survivorId", customer, "mergedId",
                customer)).send().status()).isEqualTo(403);
        assertThat(http.delete("/api/customers/" + customer).basic("desk1", PW).send().status()).isEqualTo(403);
        assertThat(http.post("/api/merges").basic("manager1", PW).json(Map.of("survivorId", customer, "mergedId",
                customer)).send().status()).as("allowed, but nonsense").isEqualTo(400);
    }

    @Test
    void pagesOfAnotherRoleAreRefusedEvenWhenTypedIn() {
        PageSession tech = PageSession.signIn(port, "tech1", PW);
        assertThat(tech.get("/customers").status()).isEqualTo(200);
        assertThat(tech.get("/customers").body()).doesNotContain("/customers/new").doesNotContain("/audit");
        assertThat(tech.get("/audit").status()).isEqualTo(403);
        assertThat(tech.get("/admin/users").status()).isEqualTo(403);
        assertThat(tech.get("/customers/export.csv").status()).isEqualTo(403);
        assertThat(tech.get("/customers/new").status()).as("the form shows, saving is refused").isEqualTo(200);
        PageSession manager = PageSession.signIn(port, "manager1", PW);
        assertThat(manager.get("/audit").status()).isEqualTo(200);
        assertThat(manager.get("/admin/users").status()).isEqualTo(403);
    }

    private long reveals() {
        return jdbc.sql("select count(*) from audit_event where action = 'REVEAL' and entity_id = ?").param(customer)
                .query(Long.class).single();
    }

    @Test
    void theListOfMergesIsForThoseWhoMayMergeAsItsPageIs() {
        for (String user : new String[] {"tech1", "desk1"}) {
            var list = http.get("/api/merges").basic(user, PW).send();
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.body()).doesNotContain("survivor");
        }
        assertThat(http.get("/api/merges").basic("manager1", PW).send().status()).isEqualTo(200);
    }
}
