package cn.hoist.console.fleet;

import static cn.hoist.console.ConsoleTestSupport.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.console.ConsoleTest;
import cn.hoist.console.ConsoleTestSupport;
import cn.hoist.testsupport.HttpTester;

@ConsoleTest
class ShopApiTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void createsAndListsShops() {
        String name = "顺达汽修 " + UUID.randomUUID();
        var created = http.post("/api/shops").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("name", name, "chain", "顺达", "phone", "010-6532 1234")).send();
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).contains("/api/shops/" + id);

        var one = http.get("/api/shops/" + id).basic("admin", ADMIN_PASSWORD).send();
        assertThat(one.json().get("shop").get("name").asString()).isEqualTo(name);
        assertThat(one.json().get("agents").isEmpty()).isTrue();

        var list = http.get("/api/shops?size=500").basic("admin", ADMIN_PASSWORD).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").valueStream().map(s -> s.get("shop").get("id").asString()))
                .contains(id);
        assertThat(list.json().get("total").asLong()).isPositive();
    }

    @Test
    void aSecondShopWithTheSameNameIsAConflict() {
        String name = "同名门店 " + UUID.randomUUID();
        ConsoleTestSupport.createShop(http, name);
        var again = http.post("/api/shops").basic("admin", ADMIN_PASSWORD).json(Map.of("name", name)).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:hoist:problem:conflict");
        assertThat(again.json().get("detail").asString()).contains(name);
    }

    @Test
    void invalidFieldsAreListedInTheCallersLanguage() {
        var chinese = http.post("/api/shops").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("name", " ", "phone", "call me")).send();
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().get("type").asString()).isEqualTo("urn:hoist:problem:validation");
        assertThat(chinese.json().get("title").asString()).isEqualTo("提交的数据有误");
        assertThat(chinese.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "phone");
        assertThat(chinese.json().get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals("phone")).findFirst().orElseThrow()
                .get("message").asString()).startsWith("电话号码只能包含");

        var english = http.post("/api/shops").basic("admin", ADMIN_PASSWORD).language("en-US,en;q=0.9")
                .json(Map.of("name", "x".repeat(101))).send();
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid data");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("between");
    }

    @Test
    void malformedRequestsAreProblemsNotServerErrors() {
        var broken = http.post("/api/shops").basic("admin", ADMIN_PASSWORD).jsonText("{\"name\": ").send();
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("type").asString()).isEqualTo("urn:hoist:problem:malformed-request");

        var unknown = http.post("/api/shops").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("name", "A", "owner", "x")).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("owner");

        byte[] latin1 = "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        var badEncoding = http.post("/api/shops").basic("admin", ADMIN_PASSWORD)
                .bytes(latin1, "application/json").send();
        assertThat(badEncoding.status()).isEqualTo(400);

        var wrongType = http.post("/api/shops").basic("admin", ADMIN_PASSWORD)
                .bytes("name=x".getBytes(StandardCharsets.UTF_8), "text/plain").send();
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(415);
        assertThat(wrongType.json().path("type").asString()).as(wrongType.body()).isEqualTo("urn:hoist:problem:unsupported-media-type");

        var notAnId = http.get("/api/shops/not-a-uuid").basic("admin", ADMIN_PASSWORD).send();
        assertThat(notAnId.status()).isEqualTo(400);

        var missing = http.get("/api/shops/" + UUID.randomUUID()).basic("admin", ADMIN_PASSWORD).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:hoist:problem:not-found");

        var badPage = http.get("/api/shops?size=100000").basic("admin", ADMIN_PASSWORD).send();
        assertThat(badPage.status()).isEqualTo(400);
    }

    @Test
    void enrollmentCodesHaveALimitedLifetime() {
        String shop = ConsoleTestSupport.createShop(http, "有效期门店 " + UUID.randomUUID());
        var tooLong = http.post("/api/shops/" + shop + "/enrollment-codes").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("validFor", "P30D")).send();
        assertThat(tooLong.status()).isEqualTo(400);
        var shortCode = http.post("/api/shops/" + shop + "/enrollment-codes").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("validFor", "PT2H")).send();
        assertThat(shortCode.status()).isEqualTo(201);
        assertThat(shortCode.json().get("code").asString()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        var forUnknownShop = http.post("/api/shops/" + UUID.randomUUID() + "/enrollment-codes")
                .basic("admin", ADMIN_PASSWORD).send();
        assertThat(forUnknownShop.status()).isEqualTo(404);
    }
}
