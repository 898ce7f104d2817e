package cn.hoist.crm.vehicle;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.testsupport.HttpTester;
import tools.jackson.databind.JsonNode;

/** {@code /api/vehicles} over real HTTP: VIN and plate rules, plates moving, odometer, the model library. */
@CrmTest
class VehicleApiTests {

    @LocalServerPort
    int port;

    HttpTester http;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
    }

    private HttpTester.Response post(String path, Object body) {
        return http.post(path).basic("admin", ADMIN_PASSWORD).json(body).send();
    }

    private JsonNode created(String path, Object body) {
        var response = post(path, body);
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json();
    }

    @Test
    void theDeskRejectsAVinWithAWrongCheckDigit() {
        var response = post("/api/vehicles", Map.of("vin", CrmTestData.withWrongCheckDigit(CrmTestData.vin())));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("vin");
        assertThat(post("/api/vehicles", Map.of("plate", "京A1234")).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("plate");
        assertThat(post("/api/vehicles", Map.of("color", "白")).json().get("detail").asString()).contains("车牌");
    }

    @Test
    void aDuplicateVinIsAConflictNamingTheOtherVehicle() {
        String vin = CrmTestData.vin();
        JsonNode first = created("/api/vehicles", Map.of("vin", vin));
        var again = post("/api/vehicles", Map.of("vin", vin.toLowerCase(), "plate", CrmTestData.plate()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:hoist:problem:duplicate-vin");
        assertThat(again.json().get("vehicleId").asString()).isEqualTo(first.get("id").asString());
    }

    @Test
    void theEnergyTypeComesFromThePlateUnlessStaffSayOtherwise() {
        String suffix = CrmTestData.plate().substring(2);
        assertThat(created("/api/vehicles", Map.of("plate", "藏AD" + suffix)).get("energy").asString()).isEqualTo("NEV");
        assertThat(created("/api/vehicles", Map.of("plate", "藏AF" + suffix)).get("energy").asString()).isEqualTo("HYBRID");
        assertThat(created("/api/vehicles", Map.of("plate", CrmTestData.plate())).get("energy").asString()).isEqualTo("FUEL");
        assertThat(created("/api/vehicles", Map.of("plate", CrmTestData.plate(), "energy", "HYBRID")).get("energy")
                .asString()).isEqualTo("HYBRID");
    }

    @Test
    void aPlateMovesToAnotherCarOnlyWhenAskedAndItsHistoryIsKept() {
        String plate = CrmTestData.plate();
        String oldCar = created("/api/vehicles", Map.of("plate", plate, "vin", CrmTestData.vin())).get("id").asString();
        String newCar = created("/api/vehicles", Map.of("vin", CrmTestData.vin())).get("id").asString();
        var refused = post("/api/vehicles/" + newCar + "/plate", Map.of("plate", plate));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:hoist:problem:plate-in-use");
        var moved = post("/api/vehicles/" + newCar + "/plate", Map.of("plate", plate, "takeFromOther", true));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("plate").asString()).isEqualTo(plate);
        JsonNode old = http.get("/api/vehicles/" + oldCar).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(old.get("vehicle").get("plate").isNull()).isTrue();
        assertThat(old.get("plates").get(0).get("validTo").isNull()).as("the old assignment ended").isFalse();
        String another = CrmTestData.plate();
        post("/api/vehicles/" + newCar + "/plate", Map.of("plate", another));
        JsonNode details = http.get("/api/vehicles/" + newCar).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(details.get("plates").valueStream().map(p -> p.get("plate").asString())).containsExactly(another, plate);
        assertThat(http.get("/api/vehicles?q=" + plate.substring(2)).basic("admin", ADMIN_PASSWORD).send().json()
                .get("items").size()).as("the old plate is nobody's now").isZero();
    }

    @Test
    void aCarIsNeverLeftWithNeitherPlateNorVin() {
        String plateOnly = created("/api/vehicles", Map.of("plate", CrmTestData.plate())).get("id").asString();
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("plate", ""))) {
            var refused = post("/api/vehicles/" + plateOnly + "/plate", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).contains("车牌和车架号至少填写一项");
        }
        String plate = CrmTestData.plate();
        String holder = created("/api/vehicles", Map.of("plate", plate)).get("id").asString();
        String other = created("/api/vehicles", Map.of("vin", CrmTestData.vin())).get("id").asString();
        var taken = post("/api/vehicles/" + other + "/plate", Map.of("plate", plate, "takeFromOther", true));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        JsonNode kept = http.get("/api/vehicles/" + holder).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(kept.get("vehicle").get("plate").asString()).isEqualTo(plate);
        String withVin = created("/api/vehicles", Map.of("plate", CrmTestData.plate(), "vin", CrmTestData.vin()))
                .get("id").asString();
        assertThat(post("/api/vehicles/" + withVin + "/plate", Map.of()).status()).as("deregistered, the VIN stays")
                .isEqualTo(200);
    }

    @Test
    void odometerReadingsGiveTheDailyMileage() {
        String id = created("/api/vehicles", Map.of("plate", CrmTestData.plate())).get("id").asString();
        created("/api/vehicles/" + id + "/odometer", Map.of("km", 10_000, "readOn", "2026-01-01", "source", "RECEPTION"));
        created("/api/vehicles/" + id + "/odometer", Map.of("km", 13_000, "readOn", "2026-03-02", "source", "CUSTOMER"));
        var future = post("/api/vehicles/" + id + "/odometer", Map.of("km", 1, "readOn", "2999-01-01", "source", "CUSTOMER"));
        assertThat(future.status()).isEqualTo(400);
        JsonNode details = http.get("/api/vehicles/" + id).basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(details.get("readings").size()).isEqualTo(2);
        assertThat(details.get("readings").get(0).get("km").asInt()).isEqualTo(13_000);
    }

    @Test
    void vehiclesLinkToSeveralCustomersAndListWithPaging() {
        String owner = CrmTestData.customerWithCar(http, "车主", CrmTestData.mobile(), CrmTestData.plate(),
                CrmTestData.vin());
        String vehicleId = http.get("/api/customers/" + owner + "/vehicles").basic("admin", ADMIN_PASSWORD).send()
                .json().get(0).get("vehicle").get("id").asString();
        String driver = created("/api/customers", Map.of("kind", "PERSON", "name", "司机", "mobile",
                CrmTestData.mobile(), "source", "WALK_IN")).get("id").asString();
        var link = post("/api/vehicles/" + vehicleId + "/links", Map.of("customerId", driver, "role", "DRIVER"));
        assertThat(link.status()).isEqualTo(204);
        assertThat(http.get("/api/customers/" + driver + "/vehicles").basic("admin", ADMIN_PASSWORD).send().json()
                .get(0).get("role").asString()).isEqualTo("DRIVER");
        var page = http.get("/api/vehicles?size=1&sort=-createdAt").basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isPositive();
    }

    @Test
    void linkingACustomerThatDoesNotExistIsNotFound() {
        String vehicleId = created("/api/vehicles", Map.of("plate", CrmTestData.plate())).get("id").asString();
        String nobody = UUID.randomUUID().toString();
        var link = post("/api/vehicles/" + vehicleId + "/links", Map.of("customerId", nobody, "role", "OWNER"));
        assertThat(link.status()).isEqualTo(404);
        assertThat(link.json().get("type").asString()).isEqualTo("urn:hoist:problem:not-found");
        assertThat(link.json().get("detail").asString()).isEqualTo("客户 " + nobody + " 不存在。");
        assertThat(http.get("/api/vehicles/" + vehicleId).basic("admin", ADMIN_PASSWORD).send().json().get("links")
                .isEmpty()).isTrue();
    }

    @Test
    void theModelLibraryKnowsTheMakesCommonInChina() {
        JsonNode makes = http.get("/api/vehicle-makes").basic("admin", ADMIN_PASSWORD).send().json();
        assertThat(makes.valueStream().map(m -> m.get("nameEn").asString()))
                .contains("BYD", "Geely", "Changan", "Haval", "Chery", "Toyota", "Honda", "Volkswagen", "Nissan",
                        "Buick", "Tesla", "NIO", "Li Auto", "XPeng");
        JsonNode models = http.get("/api/vehicle-models").basic("admin", ADMIN_PASSWORD).send().json();
        Map<String, Object> body = new HashMap<>();
        body.put("plate", CrmTestData.plate());
        body.put("modelId", models.valueStream().filter(m -> m.get("name").asString().equals("Model Y")).findFirst()
                .orElseThrow().get("id").asInt());
        JsonNode car = created("/api/vehicles", body);
        assertThat(car.get("make").asString()).isEqualTo("特斯拉");
        assertThat(car.get("model").asString()).isEqualTo("Model Y");
    }
}
