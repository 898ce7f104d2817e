package cn.hoist.crm.customer;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** {@code /api/customers} over real HTTP: validation, masking, duplicates, search, paging, bad input. */
@CrmTest
class CustomerApiTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    private HttpTester.Call admin(HttpTester.Call call) {
        return call.basic("admin", ADMIN_PASSWORD);
    }

    private Map<String, Object> person(String name, String mobile) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PERSON");
        body.put("name", name);
        body.put("mobile", mobile);
        body.put("source", "PHONE");
        return body;
    }

    @Test
    void registersAPersonAndShowsPersonalDataMasked() {
        String mobile = CrmTestData.mobile();
        Map<String, Object> body = person("王芳", "+86 " + mobile);
        body.put("idNumber", "11010519491231002X");
        body.put("address", "北京市朝阳区建国路88号");
        var created = admin(http.post("/api/customers")).json(body).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode c = created.json();
        assertThat(c.get("mobile").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(c.get("idNumber").asString()).isEqualTo("110***********002X");
        assertThat(c.get("address").asString()).isEqualTo("北京市朝阳区****");
        assertThat(created.header("Location")).contains("/api/customers/" + c.get("id").asString());
        assertThat(admin(http.get("/api/customers/" + c.get("id").asString())).send().body()).doesNotContain(mobile);
    }

    @Test
    void aCompanyNeedsAValidCreditCode() {
        var missing = admin(http.post("/api/customers")).json(Map.of("kind", "COMPANY", "name", "顺达物流",
                "source", "REFERRAL")).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asString()).isEqualTo("creditCode");
        var wrong = admin(http.post("/api/customers")).json(Map.of("kind", "COMPANY", "name", "顺达物流",
                "source", "REFERRAL", "creditCode", "91350100M000100Y44")).send();
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
        var ok = admin(http.post("/api/customers")).json(Map.of("kind", "COMPANY", "name", "顺达物流 " + CrmTestData.mobile(),
                "source", "REFERRAL", "creditCode", "91350100M000100Y43")).send();
        assertThat(ok.status()).isEqualTo(201);
    }

    @Test
    void invalidFieldsAreListedEachWithItsMessage() {
        Map<String, Object> body = person("", "12345");
        body.put("email", "not-an-email");
        body.put("landline", "call me");
        body.put("idNumber", "110105194912310021");
        var response = admin(http.post("/api/customers")).json(body).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:hoist:problem:validation");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "mobile", "email", "landline", "idNumber");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains("请输入有效的中国大陆手机号（11 位，1 开头）。");
    }

    @Test
    void theSameMobileCannotBeRegisteredTwice() {
        String mobile = CrmTestData.mobile();
        assertThat(admin(http.post("/api/customers")).json(person("李强", mobile)).send().status()).isEqualTo(201);
        var again = admin(http.post("/api/customers")).json(person("李强二", "0086" + mobile)).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("李强");
        assertThat(again.json().get("customerId").asString()).isNotBlank();
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        assertThat(admin(http.post("/api/customers")).jsonText("{\"name\": ").send().status()).isEqualTo(400);
        Map<String, Object> unknown = person("赵敏", CrmTestData.mobile());
        unknown.put("vip", true);
        var unknownField = admin(http.post("/api/customers")).json(unknown).send();
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("detail").asString()).contains("vip");
        var oversized = admin(http.post("/api/customers")).json(person("名".repeat(101), CrmTestData.mobile())).send();
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        byte[] gbk = ("{\"kind\":\"PERSON\",\"name\":\"张三\",\"source\":\"PHONE\"}").getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(admin(http.post("/api/customers")).bytes(gbk, "application/json").send().status()).isEqualTo(400);
        var badEnum = admin(http.post("/api/customers")).json(Map.of("kind", "ALIEN", "name", "x", "source", "PHONE")).send();
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("detail").asString()).contains("kind");
        assertThat(admin(http.get("/api/customers/not-a-uuid")).send().status()).isEqualTo(400);
        var tooLarge = admin(http.get("/api/customers?size=100000")).send();
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        var longQuery = admin(http.get("/api/customers?q=" + "x".repeat(101))).send();
        assertThat(longQuery.status()).isEqualTo(400);
        assertThat(longQuery.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        var missing = admin(http.get("/api/customers/" + java.util.UUID.randomUUID())).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:hoist:problem:not-found");
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(admin(http.post("/api/customers")).bytes(text, "text/plain").send().status()).isEqualTo(415);
    }

    @Test
    void theSearchBoxFindsByPlateFragmentPhoneTailNameAndVin() {
        String mobile = CrmTestData.mobile();
        String plate = CrmTestData.plate();
        String vin = CrmTestData.vin();
        String name = "欧阳" + mobile.substring(7).chars().mapToObj(d -> String.valueOf("零壹贰叁肆伍陆柒捌玖".charAt(d - '0')))
                .collect(java.util.stream.Collectors.joining());
        String id = CrmTestData.customerWithCar(http, name, mobile, plate, vin);
        assertThat(search(plate.substring(2, 6))).as("plate fragment").contains(id);
        assertThat(search(plate)).as("whole plate").contains(id);
        assertThat(search(mobile.substring(7))).as("last four digits").contains(id);
        assertThat(search(mobile)).as("whole mobile").contains(id);
        assertThat(search(name.substring(1, 4))).as("name fragment").contains(id);
        assertThat(search(vin)).as("VIN").contains(id);
        assertThat(search(vin.substring(11))).as("last six of the VIN").contains(id);
        assertThat(search("zz")).doesNotContain(id);
        var hits = admin(http.get("/api/customers?q=" + plate.substring(2))).send().json().get("items");
        JsonNode hit = hits.valueStream().filter(h -> h.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(hit.get("plates").get(0).asString()).isEqualTo(plate);
        assertThat(hit.get("mobile").asString()).contains("****");
    }

    @Test
    void listsAPageAtATimeSortedAsAsked() {
        for (int i = 0; i < 3; i++) {
            admin(http.post("/api/customers")).json(person("排序" + i, CrmTestData.mobile())).send();
        }
        var page = admin(http.get("/api/customers?page=0&size=2&sort=name")).send().json();
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        String first = page.get("items").get(0).get("name").asString();
        String second = page.get("items").get(1).get("name").asString();
        assertThat(first.compareTo(second)).isLessThanOrEqualTo(0);
        var descending = admin(http.get("/api/customers?size=2&sort=-name")).send().json();
        assertThat(descending.get("items").get(0).get("name").asString()).isNotEqualTo(first);
    }

    @Test
    void consentIsKeptWithItsHistoryAndTheLatestCounts() {
        String id = admin(http.post("/api/customers")).json(person("孙丽", CrmTestData.mobile())).send()
                .json().get("id").asString();
        post("/api/customers/" + id + "/consents", Map.of("purpose", "MARKETING", "channel", "SMS", "granted", true));
        post("/api/customers/" + id + "/consents", Map.of("purpose", "MARKETING", "channel", "SMS", "granted", false));
        post("/api/customers/" + id + "/consents", Map.of("purpose", "SERVICE", "channel", "WECHAT", "granted", true));
        var history = admin(http.get("/api/customers/" + id + "/consents")).send().json();
        assertThat(history.size()).isEqualTo(3);
        var profile = admin(http.get("/api/customers/" + id + "/profile")).send().json();
        assertThat(profile.get("consentInForce").valueStream()
                .filter(c -> c.get("purpose").asString().equals("MARKETING")).findFirst().orElseThrow()
                .get("granted").asBoolean()).isFalse();
        assertThat(profile.get("consentInForce").get(0).get("policyVersion").asString()).isEqualTo("2026-01");
    }

    @Test
    void contactsKeepTheirMobileMaskedToo() {
        String id = admin(http.post("/api/customers")).json(person("钱进", CrmTestData.mobile())).send()
                .json().get("id").asString();
        String mobile = CrmTestData.mobile();
        var contact = post("/api/customers/" + id + "/contacts", Map.of("name", "钱小进", "relation", "儿子",
                "mobile", mobile));
        assertThat(contact.get("mobile").asString()).doesNotContain(mobile).endsWith(mobile.substring(7));
        assertThat(search(mobile.substring(7))).as("found by a contact's phone tail").contains(id);
    }

    @Test
    void aCustomerWithAVehicleIsNotDeletedAndTheProblemSaysWhyInTheUsersLanguage() {
        String id = CrmTestData.customerWithCar(http, "冯远征", CrmTestData.mobile(), CrmTestData.plate(),
                CrmTestData.vin());
        var refused = admin(http.delete("/api/customers/" + id)).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:hoist:problem:conflict");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("客户“冯远征”不能删除：该客户仍关联 1 辆车，请先解除车辆关联。");
        JsonNode reference = refused.json().get("references").get(0);
        assertThat(reference.get("key").asString()).isEqualTo("vehicle.references.links");
        assertThat(reference.get("count").asLong()).isEqualTo(1);
        assertThat(admin(http.delete("/api/customers/" + id)).language("en").send().json().get("detail").asString())
                .isEqualTo("Customer \"冯远征\" cannot be deleted: 1 vehicle is still linked to the customer;"
                        + " unlink them first.");

        String page = "/customers/" + id;
        var desk = cn.hoist.crm.PageSession.signIn(port, "admin", ADMIN_PASSWORD);
        assertThat(desk.submit(page, page + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(desk.get(page).body()).as("the profile shows why")
                .contains("客户“冯远征”不能删除：该客户仍关联 1 辆车，请先解除车辆关联。");
        assertThat(admin(http.get("/api/customers/" + id)).send().status()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var docs = admin(http.get("/v3/api-docs")).send();
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/customers", "/api/customers/{id}",
                "/api/customers/{id}/vehicles", "/api/vehicles", "/api/vehicles/{id}", "/api/imports", "/api/merges");
        assertThat(cn.hoist.crm.PageSession.signIn(port, "admin", ADMIN_PASSWORD).get("/swagger-ui/index.html")
                .status()).as("the browsable UI, for signed-in staff").isEqualTo(200);
    }

    private JsonNode post(String path, Object body) {
        var response = admin(http.post(path)).json(body).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private java.util.List<String> search(String q) {
        var response = admin(http.get("/api/customers?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().map(h -> h.get("id").asString()).toList();
    }
}
