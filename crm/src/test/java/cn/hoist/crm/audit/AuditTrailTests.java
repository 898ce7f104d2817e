package cn.hoist.crm.audit;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;
import cn.hoist.testsupport.HttpTester;

/** Every change is in the audit log with who, when, before and after, and no personal data in clear. */
@CrmTest
class AuditTrailTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void createUpdateAndDeleteAreLoggedWithBeforeAndAfterMasked() {
        String mobile = CrmTestData.mobile();
        String newMobile = CrmTestData.mobile();
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "审计前", "mobile", mobile, "source", "PHONE")).send().json().get("id").asString();
        var updated = http.put("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "审计后", "mobile", newMobile, "source", "PHONE")).send();
        assertThat(updated.status()).isEqualTo(200);
        assertThat(http.delete("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).send().status()).isEqualTo(204);

        var entries = jdbc.sql("select action, actor, before_state, after_state from audit_event"
                        + " where entity_type = 'CUSTOMER' and entity_id = ? order by id")
                .param(id).query((rs, n) -> Map.of("action", rs.getString(1), "actor", rs.getString(2),
                        "before", String.valueOf(rs.getString(3)), "after", String.valueOf(rs.getString(4))))
                .list();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("admin"));
        assertThat(entries.get(1).get("before")).contains("审计前").contains(mobile.substring(7));
        assertThat(entries.get(1).get("after")).contains("审计后").contains(newMobile.substring(7));
        assertThat(entries.toString()).doesNotContain(mobile).doesNotContain(newMobile);
    }

    @Test
    void managersFilterTheLogOnItsPage() {
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String name = "审计筛选" + CrmTestData.mobile();
        http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON", "name", name,
                "source", "PHONE")).send();
        var page = manager.get("/audit?actor=admin&action=CREATE&entityType=CUSTOMER");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name);
        assertThat(manager.get("/audit?action=DELETE&entityType=NOTHING").body()).doesNotContain(name);
        assertThat(manager.get("/audit?from=2999-01-01").body()).doesNotContain(name);
    }
}
