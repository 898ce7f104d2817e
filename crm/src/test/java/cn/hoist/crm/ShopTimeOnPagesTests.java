package cn.hoist.crm;

import static cn.hoist.crm.CrmTest.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.hoist.testsupport.HttpTester;

/** Times are stored in UTC and shown on the shop's wall clock ({@code hoist.time-zone}, Asia/Shanghai). */
@CrmTest
class ShopTimeOnPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Test
    void theProfileShowsWhenTheCustomerWasRegisteredOnTheShopsClock() {
        HttpTester http = new HttpTester("http://localhost:" + port);
        String id;
        try {
            clock.moveTo(Instant.parse("2026-11-23T20:30:00Z"));
            id = http.post("/api/customers").basic("admin", ADMIN_PASSWORD).json(Map.of("kind", "PERSON",
                    "name", "夜班客户", "mobile", CrmTestData.mobile(), "source", "WALK_IN")).send().json()
                    .get("id").asString();
        } finally {
            clock.reset();
        }
        String profile = PageSession.signIn(port, "admin", ADMIN_PASSWORD).get("/customers/" + id).body();
        assertThat(profile).contains("2026-11-24 04:30").doesNotContain("2026-11-23 20:30");
    }
}
