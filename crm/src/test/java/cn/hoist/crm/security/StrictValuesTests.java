package cn.hoist.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.CrmTestData;
import cn.hoist.crm.PageSession;
import cn.hoist.testsupport.HttpTester;

/**
 * Values nobody means are refused with a problem naming the field, on the API and on page forms, and nothing of
 * them is stored: dates out of range or given as numbers, numbers given as text or with a fraction, NUL and unpaired
 * surrogates in text (issue 17, "Low").
 */
@CrmTest
class StrictValuesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpTester http;
    String vehicle;

    @BeforeEach
    void setUp() {
        http = new HttpTester("http://localhost:" + port);
        vehicle = http.post("/api/vehicles").basic("admin", CrmTest.ADMIN_PASSWORD)
                .json(Map.of("plate", CrmTestData.plate())).send().json().get("id").asString();
    }

    @Test
    void datesOutsideTheYearsAShopMeansOrGivenAsNumbersAreRefused() {
        for (Object birthday : new Object[] {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2026-02-30",
                20260101, "20260101"}) {
            var response = customer(Map.of("birthday", birthday));
            assertThat(response.status()).as(birthday.toString()).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(birthday.toString()).contains("birthday");
        }
        assertThat(customer(Map.of("birthday", "1985-06-01")).status()).isEqualTo(201);
        var odometer = odometer(Map.of("km", 1000, "readOn", "+999999999-12-31", "source", "RECEPTION"));
        assertThat(odometer.status()).isEqualTo(400);
        assertThat(odometer.json().get("detail").asString()).contains("readOn").contains("1900");
    }

    @Test
    void numbersMustBeWholeNumbersNotTextOrFractions() {
        assertThat(odometer(Map.of("km", 1.5, "readOn", "2026-01-02", "source", "RECEPTION")).status()).isEqualTo(400);
        assertThat(odometer(Map.of("km", "12", "readOn", "2026-01-02", "source", "RECEPTION")).status()).isEqualTo(400);
        var ok = odometer(Map.of("km", 12, "readOn", "2026-01-02", "source", "RECEPTION"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from odometer_reading where vehicle_id = ?")
                .param(java.util.UUID.fromString(vehicle)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void nulAndUnpairedSurrogatesInTextAreRefused() {
        // JSON escapes, as a client would send them: a lone surrogate cannot be encoded as UTF-8 bytes at all
        for (String name : new String[] {"张\\u0000三", "张\\ud800三", "\\udc00"}) {
            var response = http.post("/api/customers").basic("admin", CrmTest.ADMIN_PASSWORD)
                    .jsonText("{\"kind\":\"PERSON\",\"source\":\"PHONE\",\"mobile\":\"" + CrmTestData.mobile()
                            + "\",\"name\":\"" + name + "\"}").send();
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).contains("name").contains("不允许的字符");
        }
        assertThat(customer(Map.of("name", "𠀀张三")).status()).as("a character outside the BMP is fine")
                .isEqualTo(201);
    }

    @Test
    void pageFormsRefuseTheSameValuesWithAFieldError() {
        PageSession desk = PageSession.signIn(port, "admin", CrmTest.ADMIN_PASSWORD);
        String mobile = CrmTestData.mobile();
        var response = desk.submit("/customers/new", "/customers/new", Map.of("kind", "PERSON", "name", "表单日期",
                "mobile", mobile, "source", "PHONE", "birthday", "+999999999-12-31"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("field-error");
        var nul = desk.submit("/customers/new", "/customers/new", Map.of("kind", "PERSON", "name", "表单\u0000空字符",
                "mobile", mobile, "source", "PHONE"));
        assertThat(nul.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from customer where name like '表单%'").query(Long.class).single())
                .isZero();
    }

    private HttpTester.Response customer(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PERSON", "name", "严格取值", "source", "PHONE",
                "mobile", CrmTestData.mobile()));
        body.putAll(fields);
        return http.post("/api/customers").basic("admin", CrmTest.ADMIN_PASSWORD).json(body).send();
    }

    private HttpTester.Response odometer(Map<String, Object> body) {
        return http.post("/api/vehicles/" + vehicle + "/odometer").basic("admin", CrmTest.ADMIN_PASSWORD).json(body)
                .send();
    }
}
