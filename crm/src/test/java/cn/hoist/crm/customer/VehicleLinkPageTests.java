package cn.hoist.crm.customer;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** Staff link a car already in the CRM to another customer on the pages: by plate or VIN, or by a customer search. */
@CrmTest
class VehicleLinkPageTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    HttpTester http;
    String plate;
    String owner;
    String driver;
    String vehicle;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
        CrmTestData.user(accounts, encoder, "desk2", "FRONT_DESK");
        CrmTestData.user(accounts, encoder, "tech2", "TECHNICIAN");
        plate = CrmTestData.plate();
        owner = CrmTestData.customerWithCar(http, "车主甲", CrmTestData.mobile(), plate, CrmTestData.vin());
        vehicle = links(owner).get(0).get("vehicleId");
        driver = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "司机乙", "mobile", CrmTestData.mobile(), "source", "PHONE")).send().json().get("id").asString();
    }

    @Test
    void theDeskLinksAnExistingCarByPlateOnTheProfileOnceAndItIsAudited() {
        PageSession desk = PageSession.signIn(port, "desk2", CrmTestData.STAFF_PASSWORD);
        String profile = "/customers/" + driver;
        String typed = plate.substring(0, 2).toLowerCase() + " " + plate.substring(2);
        var linked = desk.submit(profile, profile + "/vehicles/link", Map.of("plateOrVin", typed, "role", "DRIVER"));
        assertThat(linked.status()).isEqualTo(302);
        assertThat(links(driver)).containsExactly(Map.of("vehicleId", vehicle, "role", "DRIVER"));
        assertThat(desk.get(profile).body()).contains(plate).contains("“" + plate + "”已保存");
        assertThat(jdbc.sql("select actor from audit_event where action = 'CREATE' and entity_type = 'VEHICLE_LINK'"
                + " and entity_id = ? order by id desc").param(vehicle).query(String.class).list()).first()
                .isEqualTo("desk2");

        desk.submit(profile, profile + "/vehicles/link", Map.of("plateOrVin", plate, "role", "DRIVER"));
        assertThat(desk.get(profile).body()).as("the same link again is a field error")
                .contains("“" + plate + "”已按此关系关联");
        assertThat(links(driver)).hasSize(1);
    }

    @Test
    void anUnknownPlateIsAFieldErrorOnTheProfile() {
        PageSession desk = PageSession.signIn(port, "desk2", CrmTestData.STAFF_PASSWORD);
        String profile = "/customers/" + driver;
        String unknown = CrmTestData.plate();
        var refused = desk.submit(profile, profile + "/vehicles/link", Map.of("plateOrVin", unknown, "role", "OWNER"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(desk.get(profile).body()).contains("没有车牌或车架号为 " + unknown + " 的车辆")
                .contains("value=\"" + unknown + "\"");
        assertThat(links(driver)).isEmpty();
    }

    @Test
    void theVehiclePageFindsACustomerAndLinksThemInARole() {
        PageSession desk = PageSession.signIn(port, "desk2", CrmTestData.STAFF_PASSWORD);
        String page = "/vehicles/" + vehicle;
        String candidates = desk.get(page + "/customer-candidates?q=" + URLEncoder.encode("司机乙",
                StandardCharsets.UTF_8)).body();
        assertThat(candidates).contains("司机乙").contains("name=\"customerId\" value=\"" + driver + "\"");
        var linked = desk.submit(page, page + "/links", Map.of("customerId", driver, "role", "FLEET"));
        assertThat(linked.status()).isEqualTo(302);
        assertThat(links(driver)).containsExactly(Map.of("vehicleId", vehicle, "role", "FLEET"));
        desk.submit(page, page + "/links", Map.of("customerId", driver, "role", "FLEET"));
        String body = desk.get(page).body();
        assertThat(body).contains("“司机乙”已按此关系关联");
        // The car's customers are listed by name, each a link to the profile.
        String table = body.substring(body.indexOf("id=\"links\""), body.indexOf("</table>", body.indexOf("id=\"links\"")));
        assertThat(table).contains("href=\"/customers/" + driver + "\">司机乙</a>")
                .contains("href=\"/customers/" + owner + "\">车主甲</a>");
    }

    @Test
    void aTechnicianCannotLinkEvenByTypingTheRequest() {
        PageSession tech = PageSession.signIn(port, "tech2", CrmTestData.STAFF_PASSWORD);
        String profile = "/customers/" + driver;
        assertThat(tech.get(profile).body()).doesNotContain("/vehicles/link");
        assertThat(tech.submit(profile, profile + "/vehicles/link", Map.of("plateOrVin", plate, "role", "OWNER"))
                .status()).isEqualTo(403);
        assertThat(tech.submit("/vehicles/" + vehicle, "/vehicles/" + vehicle + "/links",
                Map.of("customerId", driver, "role", "OWNER")).status()).isEqualTo(403);
        assertThat(links(driver)).isEmpty();
    }

    private List<Map<String, String>> links(String customer) {
        return http.get("/api/customers/" + customer + "/vehicles").basic("admin", ADMIN_PASSWORD).send().json()
                .valueStream().map(o -> Map.of("vehicleId", o.get("vehicle").get("id").asString(),
                        "role", o.get("role").asString())).toList();
    }
}
