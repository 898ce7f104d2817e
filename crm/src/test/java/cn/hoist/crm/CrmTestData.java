package cn.hoist.crm;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

import cn.hoist.crm.cndata.Vins;
import cn.hoist.platform.account.AccountStore;
import cn.hoist.testsupport.HttpTester;

/**
 * Data for tests that share one CRM: every mobile, plate and VIN is new, so test classes never
 * trip over each other's customers.
 */
public final class CrmTestData {

    public static final String STAFF_PASSWORD = "staff-test-password-01";

    private static final AtomicInteger COUNTER = new AtomicInteger(new Random().nextInt(50_000));
    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private CrmTestData() {
    }

    /** A mobile number no other test uses, national form. */
    public static String mobile() {
        return "139" + String.format("%08d", COUNTER.incrementAndGet() * 37 % 100_000_000);
    }

    /** A regular plate no other test uses (Tibet, rare in a Beijing shop's test data). */
    public static String plate() {
        return "藏" + "ABCDEFGHJ".charAt(COUNTER.get() % 9) + String.format("%05d", COUNTER.incrementAndGet() % 100_000);
    }

    /** A VIN with a correct check digit. */
    public static String vin() {
        Random random = new Random(COUNTER.incrementAndGet() * 7919L);
        StringBuilder vin = new StringBuilder("LSV");
        for (int i = 3; i < 17; i++) {
            vin.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length())));
        }
        vin.setCharAt(8, Vins.checkDigit(vin.toString()));
        return vin.toString();
    }

    /** A resident ID number with a correct check character. */
    public static String idNumber() {
        String first17 = "1101051980" + String.format("%07d", COUNTER.incrementAndGet() % 10_000_000);
        return first17 + cn.hoist.crm.cndata.IdNumbers.checkCharacter(first17);
    }

    /** The same VIN with a wrong check digit. */
    public static String withWrongCheckDigit(String vin) {
        char wrong = vin.charAt(8) == '1' ? '2' : '1';
        return vin.substring(0, 8) + wrong + vin.substring(9);
    }

    /** A staff account with these roles (created once per JVM). */
    public static String user(AccountStore accounts, PasswordEncoder encoder, String username, String... roles) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, encoder.encode(STAFF_PASSWORD), List.of(roles));
        }
        return username;
    }

    /** Registers a person with a mobile and one car; returns the customer's id. */
    public static String customerWithCar(HttpTester http, String name, String mobile, String plate, String vin) {
        var customer = http.post("/api/customers").basic("admin", CrmTest.ADMIN_PASSWORD)
                .json(Map.of("kind", "PERSON", "name", name, "mobile", mobile, "source", "WALK_IN")).send();
        if (customer.status() != 201) {
            throw new AssertionError(customer.toString());
        }
        String id = customer.json().get("id").asString();
        var car = http.post("/api/customers/" + id + "/vehicles").basic("admin", CrmTest.ADMIN_PASSWORD)
                .json(Map.of("plate", plate, "vin", vin)).send();
        if (car.status() != 201) {
            throw new AssertionError(car.toString());
        }
        return id;
    }
}
