package cn.hoist.crm.customer;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.TestClock;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/**
 * Merging duplicates moves vehicles and history to the survivor; an undo within the window moves them back. Contacts,
 * addresses and consent move with the merge itself; vehicle links follow moments later, when the vehicle module
 * hears of it, so the tests wait for them (and fail if they never come).
 */
@CrmTest
class MergeTests {

    /** {@code hoist.crm.merge-undo-window}, as configured. */
    private static final Duration UNDO_WINDOW = Duration.ofDays(30);

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    @Test
    void mergeMovesEverythingAndUndoPutsItBack() {
        String plate = CrmTestData.plate();
        String survivor = CrmTestData.customerWithCar(http, "周杰", CrmTestData.mobile(), CrmTestData.plate(),
                CrmTestData.vin());
        String duplicate = CrmTestData.customerWithCar(http, "周杰 (旧档)", CrmTestData.mobile(), plate,
                CrmTestData.vin());
        post("/api/customers/" + duplicate + "/contacts", Map.of("name", "周太太", "mobile", CrmTestData.mobile()));
        post("/api/customers/" + duplicate + "/consents", Map.of("purpose", "SERVICE", "channel", "SMS", "granted", true));

        JsonNode merge = post("/api/merges", Map.of("survivorId", survivor, "mergedId", duplicate));
        eventually(() -> {
            assertThat(vehicles(survivor)).hasSize(2);
            assertThat(vehicles(duplicate)).isEmpty();
        });
        JsonNode profile = get("/api/customers/" + survivor + "/profile");
        assertThat(profile.get("contacts").size()).isEqualTo(1);
        assertThat(profile.get("consentHistory").size()).isEqualTo(1);
        assertThat(get("/api/customers/" + duplicate).get("mergedInto").asString()).isEqualTo(survivor);
        assertThat(search(plate)).containsExactly(survivor);

        var again = http.post("/api/merges").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("survivorId", survivor, "mergedId", duplicate)).send();
        assertThat(again.status()).isEqualTo(409);

        var undone = http.post("/api/merges/" + merge.get("id").asString() + "/undo").basic("admin", ADMIN_PASSWORD)
                .send();
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().get("undoneBy").asString()).isEqualTo("admin");
        eventually(() -> {
            assertThat(vehicles(survivor)).hasSize(1);
            assertThat(vehicles(duplicate)).hasSize(1);
        });
        assertThat(get("/api/customers/" + duplicate + "/profile").get("contacts").size()).isEqualTo(1);
        assertThat(get("/api/customers/" + duplicate).get("mergedInto").isNull()).isTrue();
        assertThat(search(plate)).containsExactly(duplicate);
        assertThat(http.post("/api/merges/" + merge.get("id").asString() + "/undo").basic("admin", ADMIN_PASSWORD)
                .send().status()).as("an undo happens once").isEqualTo(409);
    }

    @Test
    void aVehicleBothHaveStaysOnceAndReturnsOnUndo() {
        String shared = CrmTestData.plate();
        String survivor = CrmTestData.customerWithCar(http, "吴磊", CrmTestData.mobile(), shared, CrmTestData.vin());
        String vehicle = List.copyOf(vehicles(survivor)).get(0);
        String duplicate = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                "name", "吴磊", "mobile", CrmTestData.mobile(), "source", "PHONE")).send().json().get("id").asString();
        http.post("/api/vehicles/" + vehicle + "/links").basic("admin", ADMIN_PASSWORD)
                .json(Map.of("customerId", duplicate, "role", "OWNER")).send();
        JsonNode merge = post("/api/merges", Map.of("survivorId", survivor, "mergedId", duplicate));
        eventually(() -> assertThat(vehicles(duplicate)).isEmpty());
        assertThat(vehicles(survivor)).containsExactly(vehicle);
        http.post("/api/merges/" + merge.get("id").asString() + "/undo").basic("admin", ADMIN_PASSWORD).send();
        eventually(() -> assertThat(vehicles(duplicate)).containsExactly(vehicle));
        assertThat(vehicles(survivor)).containsExactly(vehicle);
    }

    @Test
    void undoIsRefusedOnceTheWindowHasPassedAndAllowedJustBefore() {
        String survivor = CrmTestData.customerWithCar(http, "郑洁", CrmTestData.mobile(), CrmTestData.plate(),
                CrmTestData.vin());
        String duplicate = CrmTestData.customerWithCar(http, "郑洁 (重复)", CrmTestData.mobile(), CrmTestData.plate(),
                CrmTestData.vin());
        JsonNode merge = post("/api/merges", Map.of("survivorId", survivor, "mergedId", duplicate));
        eventually(() -> assertThat(vehicles(survivor)).hasSize(2));
        String undo = "/api/merges/" + merge.get("id").asString() + "/undo";
        Instant windowEnds = OffsetDateTime.parse(merge.get("mergedAt").asString()).plus(UNDO_WINDOW).toInstant();
        try {
            clock.moveTo(windowEnds.plusSeconds(60));
            var late = http.post(undo).basic("admin", ADMIN_PASSWORD).send();
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("type").asString()).isEqualTo("urn:hoist:problem:conflict");
            assertThat(late.json().get("detail").asString())
                    .isEqualTo("对“郑洁 (重复)”的合并只能在 " + shown(windowEnds, Locale.SIMPLIFIED_CHINESE)
                            + " 前撤销，撤销期限已过。");
            assertThat(http.post(undo).basic("admin", ADMIN_PASSWORD).language("en").send().json().get("detail")
                    .asString()).isEqualTo("The merge of \"郑洁 (重复)\" could be undone until "
                            + shown(windowEnds, Locale.ENGLISH) + "; that time has passed.");
            assertThat(vehicles(survivor)).as("nothing moved back").hasSize(2);
            assertThat(get("/api/customers/" + duplicate).get("mergedInto").asString()).isEqualTo(survivor);
            assertThat(get("/api/merges").valueStream().filter(m -> m.get("id").equals(merge.get("id")))
                    .map(m -> m.get("undoneAt").isNull())).containsExactly(true);

            clock.moveTo(windowEnds.minusSeconds(60));
            var inTime = http.post(undo).basic("admin", ADMIN_PASSWORD).send();
            assertThat(inTime.status()).as(inTime.toString()).isEqualTo(200);
            eventually(() -> {
                assertThat(vehicles(survivor)).hasSize(1);
                assertThat(vehicles(duplicate)).hasSize(1);
            });
            var again = http.post(undo).basic("admin", ADMIN_PASSWORD).send();
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asString()).isEqualTo("对“郑洁 (重复)”的合并已经撤销过了。");
        } finally {
            clock.reset();
        }
    }

    /** Waits for what the vehicle module does after a merge or an undo, up to ten seconds. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion);
    }

    /** A time as messages give it: in the shop's time zone ({@code hoist.time-zone}), as the language writes it. */
    private static String shown(Instant time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(time.atZone(ZoneId.of("Asia/Shanghai")));
    }

    private List<String> vehicles(String customer) {
        return get("/api/customers/" + customer + "/vehicles").valueStream()
                .map(v -> v.get("vehicle").get("id").asString()).toList();
    }

    private List<String> search(String q) {
        return get("/api/customers?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .get("items").valueStream().map(h -> h.get("id").asString()).toList();
    }

    private JsonNode get(String path) {
        var response = http.get(path).basic("admin", ADMIN_PASSWORD).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode post(String path, Object body) {
        var response = http.post(path).basic("admin", ADMIN_PASSWORD).json(body).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
