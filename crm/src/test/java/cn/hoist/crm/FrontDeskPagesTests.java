package cn.hoist.crm;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.hoist.platform.account.AccountStore;
import cn.hoist.testsupport.HttpTester;

/** What the front desk sees: the day on the home page, plates in the customer list, cars without plates, duplicates. */
@CrmTest
class FrontDeskPagesTests {

    @LocalServerPort
    int port;

    HttpTester http;
    PageSession admin;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
        admin = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
    }

    @Test
    void theCustomerListShowsEachCustomersPlates() {
        String plate = CrmTestData.plate();
        String name = "车牌列表" + CrmTestData.mobile().substring(7);
        CrmTestData.customerWithCar(http, name, CrmTestData.mobile(), plate, CrmTestData.vin());

        String list = admin.get("/customers").body();

        assertThat(list).containsPattern(name + "</a></td>\\s*<td[^>]*>[^<]*</td>\\s*<td><span class=\"plate\">"
                + plate + "</span>");
    }

    @Test
    void aCarWithoutAPlateIsNamedByTheEndOfItsVinWithANoPlateMark() {
        String vin = CrmTestData.vin();
        String tail = vin.substring(11);
        String name = "无牌客户" + CrmTestData.mobile().substring(7);
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", name, "source", "WALK_IN")).send().json().get("id").asString();
        String vehicle = http.post("/api/customers/" + id + "/vehicles").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("vin", vin)).send().json().get("id").asString();

        assertThat(admin.get("/customers/" + id).body()).contains("无牌 · " + tail).doesNotContain("…" + tail);
        assertThat(admin.get("/vehicles/" + vehicle).body()).contains("<h1 class=\"plate\">无牌 · " + tail + "</h1>");
        assertThat(admin.get("/customers/search?q=" + vin).body()).contains("无牌 · " + tail);
        assertThat(admin.get("/vehicles?q=" + vin).body()).contains("无牌 · " + tail);
        assertThat(admin.get("/customers/" + id + "?lang=en").body()).contains("No plate · " + tail);
        assertThat(admin.get("/customers/export.csv").body()).as("the export's plate column imports again")
                .contains(name + ",").doesNotContain("无牌 · ").doesNotContain("No plate").doesNotContain(tail);
    }

    @Test
    void aDuplicateMobileLinksTheCustomerWhoHasIt() {
        String mobile = CrmTestData.mobile();
        String holder = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "已有手机", "mobile", mobile, "source", "WALK_IN")).send().json().get("id").asString();

        var page = admin.submit("/customers/new", "/customers/new",
                Map.of("kind", "PERSON", "name", "重复手机", "mobile", mobile, "source", "WALK_IN"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("该手机号已属于客户“已有手机”")
                .contains("<a class=\"field-error\" href=\"/customers/" + holder + "\">查看该客户</a>");

        var api = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "重复手机", "mobile", mobile, "source", "WALK_IN")).send();
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().get("customerId").asString()).isEqualTo(holder);
    }

    @Test
    void theHomePageIsTheShopsDayWithTheSearchBox() {
        String home = admin.get("/").body();

        assertThat(home).contains("今天的预约").contains("今天没有预约。").contains("今天到店").contains("在店车辆")
                .contains("到期提醒").contains("action=\"/customers\"").contains("name=\"q\"").doesNotContain("欢迎");
        assertThat(admin.get("/?lang=en").body()).contains("No appointments today.");
    }

    @Test
    void theHomePageListsCarsWhoseInspectionFallsDue() {
        String vin = CrmTestData.vin();
        String plate = CrmTestData.plate();
        String id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "年检客户", "source", "WALK_IN")).send().json().get("id").asString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String vehicle = http.post("/api/customers/" + id + "/vehicles").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("plate", plate, "vin", vin, "inspectionDue", today.plusDays(5).toString())).send().json()
                .get("id").asString();

        String home = admin.get("/").body();

        assertThat(home).containsPattern("5 天后</span>\\s*<a href=\"/vehicles/" + vehicle + "\">" + plate
                + "</a>\\s*<span class=\"muted\">年检 " + today.plusDays(5) + " 到期</span>");
    }

    @Test
    void theMergesPageSaysHowLongAMergeCanStillBeUndone() {
        String survivor = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "留下的客户", "source", "WALK_IN")).send().json().get("id").asString();
        String merged = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "合并掉的客户", "source", "WALK_IN")).send().json().get("id").asString();
        assertThat(http.post("/api/merges").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("survivorId", survivor, "mergedId", merged)).send().status()).isIn(200, 201);

        assertThat(admin.get("/merges").body()).containsPattern("撤销（还剩 (29|30) 天，\\d{4}-\\d{2}-\\d{2} 前）");
    }

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void onlyAdminsSeeTheApiDocsLink() {
        assertThat(admin.get("/customers").body()).contains("href=\"/swagger-ui.html\"");
        CrmTestData.user(accounts, encoder, "desk-docs", "FRONT_DESK");
        CrmTestData.user(accounts, encoder, "manager-docs", "MANAGER");
        for (String user : new String[] {"desk-docs", "manager-docs"}) {
            PageSession staff = PageSession.signIn(port, user, CrmTestData.STAFF_PASSWORD);
            assertThat(staff.get("/").body()).as(user).doesNotContain("swagger").doesNotContain("API 文档");
            assertThat(staff.get("/customers").body()).as(user).doesNotContain("swagger");
        }
    }
}
