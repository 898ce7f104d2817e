package cn.hoist.crm.customer;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;
import cn.hoist.testsupport.HttpTester;

/**
 * The longest personal data the forms accept is stored and reads back equal, on the API and the
 * pages. An address is the one that grows: 300 Chinese characters are 900 bytes of UTF-8, which
 * encrypted and Base64-encoded take 1,243 characters. Mobiles and ID numbers are encrypted in their
 * normalised form, whose length is fixed whatever was typed.
 */
@CrmTest
class LongestValuesTests {

    /** The most characters an address may have ({@code @Size} on the forms), each three bytes in UTF-8. */
    private static final String LONGEST_ADDRESS = "北京市朝阳区建国路八十八号院".repeat(22).substring(0, 300);

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void theApiStoresTheLongestValues() {
        String mobile = CrmTestData.mobile();
        String idNumber = CrmTestData.idNumber();
        var created = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "长地址甲", "mobile", "+86 " + mobile, "idNumber", idNumber, "address", LONGEST_ADDRESS,
                "source", "PHONE")).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String contactMobile = CrmTestData.mobile();
        var contact = http.post("/api/customers/" + id + "/contacts").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("name", "联系人", "mobile", contactMobile)).send();
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);

        assertThat(reveal(id, "ADDRESS")).isEqualTo(LONGEST_ADDRESS);
        assertThat(reveal(id, "MOBILE")).isEqualTo(mobile);
        assertThat(reveal(id, "ID_NUMBER")).isEqualTo(idNumber);
        assertThat(search(contactMobile)).as("the contact's mobile").isEqualTo(id);
    }

    @Test
    void thePagesStoreTheLongestValues() {
        PageSession desk = PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        String mobile = CrmTestData.mobile();
        var created = desk.submit("/customers/new", "/customers/new", Map.of("kind", "PERSON", "name", "长地址乙",
                "mobile", mobile, "idNumber", CrmTestData.idNumber(), "address", LONGEST_ADDRESS, "source", "PHONE"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String id = search(mobile);
        assertThat(reveal(id, "ADDRESS")).isEqualTo(LONGEST_ADDRESS);

        String second = LONGEST_ADDRESS.substring(1) + "号";
        var added = desk.submit("/customers/" + id, "/customers/" + id + "/addresses",
                Map.of("label", "公司", "address", second));
        assertThat(added.status()).isEqualTo(302);
        assertThat(http.get("/api/customers/" + id + "/profile").basic("admin", ADMIN_PASSWORD).send().json()
                .get("addresses").valueStream().map(a -> a.get("label").asString())).contains("公司");
    }

    private String reveal(String id, String field) {
        var revealed = http.post("/api/customers/" + id + "/reveal").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("field", field)).send();
        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        return revealed.json().get("value").asString();
    }

    private String search(String mobile) {
        return http.get("/api/customers?q=" + mobile).basic("admin", ADMIN_PASSWORD).send().json().get("items")
                .get(0).get("id").asString();
    }
}
