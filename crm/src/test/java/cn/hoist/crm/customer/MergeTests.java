package cn.hoist.crm.customer;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** Merging duplicates moves vehicles and history to the survivor, and an undo moves them back. */
@CrmTest
class MergeTests {

    @LocalServerPort
    int port;

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
        assertThat(vehicles(survivor)).hasSize(2);
        assertThat(vehicles(duplicate)).isEmpty();
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
        assertThat(vehicles(survivor)).hasSize(1);
        assertThat(vehicles(duplicate)).hasSize(1);
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
        assertThat(vehicles(survivor)).containsExactly(vehicle);
        http.post("/api/merges/" + merge.get("id").asString() + "/undo").basic("admin", ADMIN_PASSWORD).send();
        assertThat(vehicles(duplicate)).containsExactly(vehicle);
        assertThat(vehicles(survivor)).containsExactly(vehicle);
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
