package cn.hoist.crm.audit;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;
import cn.hoist.platform.account.AccountStore;
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

        String page = PageSession.signIn(port, "admin", ADMIN_PASSWORD).get("/audit?entityId=" + id).body();
        assertThat(page).as("a deleted customer's page is gone: no links to it").contains("删除了")
                .contains("审计后").doesNotContain("href=\"/customers/" + id);
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

    @Test
    void theLogTellsAChangeInWordsWithEachFieldBeforeAndAfterAndLinksTheCustomer() {
        String mobile = CrmTestData.mobile();
        String newMobile = CrmTestData.mobile();
        String name = "周小燕" + CrmTestData.mobile().substring(7);
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", name, "mobile", mobile, "source", "PHONE")).send().json().get("id").asString();
        http.put("/api/customers/" + id).basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", name, "mobile", newMobile, "source", "WALK_IN")).send();

        String page = PageSession.signIn(port, "admin", ADMIN_PASSWORD)
                .get("/audit?entityType=CUSTOMER&action=UPDATE&entityId=" + id).body();

        assertThat(page).contains("管理员").contains("修改了").contains("客户")
                .contains("href=\"/customers/" + id + "\">" + name + "</a>");
        assertThat(page).contains("<td>手机</td><td class=\"before\">" + mobile.substring(0, 3) + "****"
                + mobile.substring(7) + "</td><td class=\"after\">" + newMobile.substring(0, 3) + "****"
                + newMobile.substring(7) + "</td>");
        assertThat(page).contains("<td>来源渠道</td><td class=\"before\">电话</td><td class=\"after\">到店</td>");
        assertThat(page).doesNotContain("\"mobile\"").doesNotContain("{\"kind\"").doesNotContain(">CUSTOMER<")
                .doesNotContain("PHONE").doesNotContain("如 CUSTOMER").doesNotContain(mobile).doesNotContain(newMobile);
        assertThat(page.replaceAll("(href|value)=\"[^\"]*\"", "")).doesNotContain(id);
    }

    @Test
    void theObjectFilterOffersTranslatedKindsAndTheDateFiltersHaveLabels() {
        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String zh = manager.get("/audit").body();
        assertThat(zh).contains("<option value=\"CUSTOMER\">客户</option>")
                .contains("<option value=\"CONSENT\">授权</option>").contains("<span>起始日期</span>")
                .contains("<span>截止日期</span>").doesNotContain("name=\"entityType\" value");
        String en = manager.get("/audit?lang=en").body();
        assertThat(en).contains("<option value=\"CUSTOMER\">customer</option>").contains("<span>From</span>");
    }

    @Test
    void theProfileTellsConsentInWords() {
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "授权客户", "source", "PHONE")).send().json().get("id").asString();
        assertThat(http.post("/api/customers/" + id + "/consents").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("purpose", "SERVICE", "channel", "SMS", "granted", true)).send().status()).isEqualTo(201);

        String profile = PageSession.signIn(port, "admin", ADMIN_PASSWORD).get("/customers/" + id).body();

        assertThat(profile).contains("href=\"/audit?entityId=" + id + "\">在审计日志中查看")
                .contains("同意 服务通知 · 短信").contains("刚刚").doesNotContain("SERVICE/SMS")
                .doesNotContain("CONSENT").doesNotContain("SERVICE/").doesNotContain(" granted");
    }

    @Test
    void aVehicleLinkIsToldWithTheRoleAndLinksTheCar() {
        String id = CrmTestData.customerWithCar(http, "关联客户", CrmTestData.mobile(), CrmTestData.plate(),
                CrmTestData.vin());
        String vehicle = http.get("/api/customers/" + id + "/vehicles").basic("admin", ADMIN_PASSWORD).send().json()
                .get(0).get("vehicle").get("id").asString();

        String page = PageSession.signIn(port, "admin", ADMIN_PASSWORD)
                .get("/audit?entityType=VEHICLE_LINK&entityId=" + vehicle).body();

        assertThat(page).contains("<span>关联了</span>").contains("href=\"/vehicles/" + vehicle + "\">车辆</a>")
                .contains("身份：车主").doesNotContain("OWNER").doesNotContain(id);
    }

    @Test
    void aRevealIsToldWithTheFieldAndNeverShowsTheValue() {
        String mobile = CrmTestData.mobile();
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "查看客户", "mobile", mobile, "source", "PHONE")).send().json().get("id").asString();
        assertThat(http.post("/api/customers/" + id + "/reveal").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("field", "MOBILE")).send().status()).isEqualTo(200);

        PageSession manager = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String zh = manager.get("/audit?action=REVEAL&entityId=" + id).body();
        String en = manager.get("/audit?action=REVEAL&entityId=" + id + "&lang=en").body();

        assertThat(zh).contains("<span>查看了</span>").contains("<span>的手机（明文）</span>")
                .contains("href=\"/customers/" + id + "\">打开</a>").doesNotContain(mobile).doesNotContain("MOBILE");
        assertThat(en).contains("<span>viewed</span>").contains("(Mobile in clear)").doesNotContain(mobile);
    }

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aManagerReadsChangesToUsersWithoutLinksToPagesOnlyAdminsMayOpen() {
        String changed = CrmTestData.user(accounts, encoder, "audited-user", "FRONT_DESK");
        jdbc.sql("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary, before_state,"
                + " after_state) values (current_timestamp, 'admin', 'UPDATE', 'USER', ?, ?, ?, ?)")
                .params(changed, changed, "{\"enabled\":true,\"roles\":[\"FRONT_DESK\"]}",
                        "{\"enabled\":false,\"roles\":[\"FRONT_DESK\",\"MANAGER\"]}")
                .update();
        CrmTestData.user(accounts, encoder, "audit-manager", "MANAGER");

        String manager = PageSession.signIn(port, "audit-manager", CrmTestData.STAFF_PASSWORD)
                .get("/audit?entityType=USER&entityId=" + changed).body();
        String admin = PageSession.signIn(port, "admin", ADMIN_PASSWORD)
                .get("/audit?entityType=USER&entityId=" + changed).body();

        assertThat(manager).contains("<span>前台 " + changed + "</span>").doesNotContain("href=\"/admin/users/" + changed)
                .contains("<td>启用</td><td class=\"before\">是</td><td class=\"after\">否</td>")
                .contains("<td class=\"before\">前台</td><td class=\"after\">前台、店长</td>");
        assertThat(admin).contains("href=\"/admin/users/" + changed + "\">前台 " + changed + "</a>");
    }

    @Autowired
    AuditNarration narration;

    @Test
    void aFieldWithoutALabelIsNamedInWordsNeverByAKey() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            AuditLine line = narration.line(new AuditEntry(1, OffsetDateTime.now(), "nobody", AuditAction.UPDATE,
                    "SOMETHING_NEW", "x", "新东西", "{\"colourCode\":\"A\",\"createdAt\":\"t1\"}",
                    "{\"colourCode\":\"B\",\"createdAt\":\"t2\"}"));
            assertThat(line.changes()).containsExactly(new AuditLine.Change("colour code", "A", "B"));
            assertThat(line.objectType()).isEqualTo("something new");
            assertThat(line.actor()).isEqualTo("nobody");
            assertThat(line.verb()).isEqualTo("修改了");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
