package cn.hoist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.addressbook.ImportFiles;

/**
 * The acceptance of issue 3 through the pages, as a new member of staff would go: an admin creates
 * their account; they register a customer and a car (making a typing mistake first), find them by
 * a plate fragment in the search box; a manager imports a 10,000-row Excel file with duplicates.
 * The import's duration is printed, not asserted (docs/benchmarks.md records it).
 */
@CrmTest
class AcceptanceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewFrontDeskUserRegistersACustomerAndCarAndFindsThemByAPlateFragment() {
        PageSession admin = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        assertThat(admin.submit("/admin/users", "/admin/users", Map.of("username", "xiaoli", "displayName", "小李",
                "roles", "FRONT_DESK", "enabled", "true", "password", "xiaoli-password-1")).status()).isEqualTo(302);

        PageSession desk = PageSession.signIn(port, "xiaoli", "xiaoli-password-1");
        Map<String, String> customer = Map.of("kind", "PERSON", "name", "陈静", "mobile", "139 1234 99", "source",
                "WALK_IN", "address", "北京市海淀区中关村大街27号");
        var mistake = desk.submit("/customers/new", "/customers/new", customer);
        assertThat(mistake.status()).isEqualTo(200);
        assertThat(mistake.body()).contains("请输入有效的中国大陆手机号");
        String mobile = CrmTestData.mobile();
        var saved = desk.submit("/customers/new", "/customers/new", Map.of("kind", "PERSON", "name", "陈静",
                "mobile", mobile, "source", "WALK_IN", "address", "北京市海淀区中关村大街27号"));
        assertThat(saved.status()).isEqualTo(302);
        String profile = saved.header("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(desk.get(profile).body()).contains("陈静").contains(mobile.substring(0, 3) + "****")
                .doesNotContain(mobile);

        String plate = "京AD" + mobile.substring(6);
        var car = desk.submit(profile + "/vehicles/new", profile + "/vehicles/new", Map.of("plate", plate.toLowerCase(),
                "vin", CrmTestData.vin(), "modelId", "102", "role", "OWNER", "odometerKm", "12000"));
        assertThat(car.status()).as(car.body()).isEqualTo(302);
        String page = desk.get(profile).body();
        assertThat(page).contains(plate).contains("比亚迪 汉").contains("纯电");

        var found = desk.get("/customers/search?q=" + URLEncoder.encode(plate.substring(2, 7), StandardCharsets.UTF_8));
        assertThat(found.body()).contains("陈静").contains(plate);
        assertThat(desk.get("/imports").status()).as("front desk does not import").isEqualTo(403);
    }

    @Test
    void aManagerImportsTenThousandExcelRowsWithDuplicates() {
        PageSession manager = managerSession();
        int distinct = 8_000;
        String prefix = "137" + String.format("%02d", (int) (Math.random() * 100));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "手机", "车牌", "品牌", "车型", "里程", "年检到期"));
        for (int i = 0; i < 10_000; i++) {
            int person = i % distinct;
            rows.add(List.of("导入客户" + person, prefix + String.format("%06d", person),
                    "苏E" + String.format("%05d", i), "丰田", "卡罗拉", String.valueOf(10_000 + i), "2027-06-30"));
        }
        byte[] xlsx = ImportFiles.xlsx(rows);
        long started = System.nanoTime();
        var preview = ImportFiles.upload(manager.http().post("/imports").timeout(java.time.Duration.ofMinutes(5)),
                "客户.xlsx", xlsx, "_csrf", csrf(manager, "/imports")).send();
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"rows\">10000<").contains("id=\"new-customers\">8000<")
                .contains("id=\"matched-customers\">2000<").contains("id=\"invalid\">0<");
        String commit = preview.body().replaceAll("(?s).*action=\"(/imports/[0-9a-f-]+/commit)\".*", "$1");
        var report = manager.http().post(commit).form(Map.of("_csrf", csrf(manager, "/imports")))
                .timeout(java.time.Duration.ofMinutes(5)).send();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Acceptance: 10,000-row Excel import (preview + import) took %.1f s%n", seconds);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"customers-created\">8000<").contains("id=\"vehicles-created\">10000<");
        assertThat(manager.get("/customers/search?q=" + URLEncoder.encode("苏E00042", StandardCharsets.UTF_8)).body())
                .contains("导入客户42");
        assertThat(jdbc.sql("select count(*) from customer where name like '导入客户%'").query(Long.class).single())
                .isEqualTo(distinct);
    }

    private PageSession managerSession() {
        PageSession admin = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        admin.submit("/admin/users", "/admin/users", Map.of("username", "manager-it", "roles", "MANAGER",
                "enabled", "true", "password", "manager-password-1"));
        return PageSession.signIn(port, "manager-it", "manager-password-1");
    }

    private static String csrf(PageSession session, String page) {
        return session.get(page).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }
}
