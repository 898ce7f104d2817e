package cn.hoist.crm.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.CrmApplication;
import cn.hoist.crm.CrmCommand;
import cn.hoist.crm.CrmTestData;
import cn.hoist.platform.secrets.OwnerOnlyFiles;
import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;

/**
 * {@code java -jar crm.jar rotate-data-key} end to end: the CRM stores customers, stops, the command
 * re-encrypts them under a new key, and the CRM finds and reveals them again under it only. Also the
 * start-up check of the key against the database, which makes a rotation safe to get wrong.
 */
class DataKeyRotationIT {

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    /** More than a page of the rotation (1,000 rows), so paging is crossed. */
    private static final int BULK = 2_100;
    private static final String PW = ProgramStartup.ADMIN_PASSWORD;

    @Test
    void rotatesEveryValueOnH2AndKeepsTheOldKeyForOlderBackups(@TempDir Path home) throws Exception {
        Map<String, Object> settings = h2(home);
        Registered registered = storeCustomers(settings);
        Path secrets = home.resolve("crm/secrets");
        String oldKey = key(secrets.resolve("data.key"));
        String oldFingerprint = DataKeys.of(Base64.getDecoder().decode(oldKey)).fingerprint();

        Run run = rotate(settings);

        assertThat(run.exit()).as(run.toString()).isZero();
        String newKey = key(secrets.resolve("data.key"));
        String newFingerprint = DataKeys.of(Base64.getDecoder().decode(newKey)).fingerprint();
        assertThat(newFingerprint).isNotEqualTo(oldFingerprint);
        assertThat(run.out()).contains("customers: " + String.format("%,d", BULK + 1) + " to re-encrypt")
                .contains("(100 %)").contains("contacts: 1 to re-encrypt").contains("addresses: 1 to re-encrypt")
                .contains(newFingerprint).contains("data.key.retired-" + oldFingerprint);
        Path retired = secrets.resolve("data.key.retired-" + oldFingerprint);
        assertThat(key(retired)).as("the old key, kept for older backups").isEqualTo(oldKey);
        assertThat(OwnerOnlyFiles.isOwnerOnly(retired)).isTrue();
        assertThat(OwnerOnlyFiles.isOwnerOnly(secrets.resolve("data.key"))).isTrue();
        assertThat(secrets.resolve("data.key.next")).doesNotExist();

        try (Connection db = DriverManager.getConnection(h2Url(home), "sa", "")) {
            assertEveryValueUnder(db, newKey, oldKey, BULK + 1);
        }
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            assertFoundAndRevealed(app, registered);
        }
        Map<String, Object> again = new HashMap<>(settings);
        again.put("new-key", secrets.resolve("data.key"));
        Run same = rotate(again);
        assertThat(same.exit()).as(same.toString()).isEqualTo(CrmCommand.FAILED);
        assertThat(same.err()).contains("The new key is the key in use (fingerprint " + newFingerprint + ")");
        settings.put("hoist.crm.data-key", oldKey);
        assertThatThrownBy(() -> ProgramStartup.start(CrmApplication.class, settings)).hasStackTraceContaining(
                "(fingerprint " + oldFingerprint + ") is not the key this database's personal data is encrypted under "
                        + "(fingerprint " + newFingerprint + ")");
    }

    @Test
    void aConfiguredKeyIsRotatedOnPostgreSqlAndTheOldOneRefusedAfterwards(@TempDir Path home) throws Exception {
        String oldKey = Base64.getEncoder().encodeToString(DataKeys.generate());
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        settings.put("hoist.home", home.toString());
        settings.put("hoist.crm.data-key", oldKey);
        Registered registered = storeCustomers(settings);
        // the same key also in the file, as an installation that moved its key into the environment might have
        Path secrets = home.resolve("crm/secrets");
        DataKeys.write(secrets.resolve("data.key"), Base64.getDecoder().decode(oldKey));

        Run run = rotate(settings);

        assertThat(run.exit()).as(run.toString()).isZero();
        Path next = secrets.resolve("data.key.next");
        assertThat(run.out()).contains("HOIST_CRM_DATA_KEY").contains(next.toString());
        String newKey = key(next);
        try (Connection db = postgres.connect()) {
            assertEveryValueUnder(db, newKey, oldKey, BULK + 1);
        }
        assertThatThrownBy(() -> ProgramStartup.start(CrmApplication.class, settings))
                .hasStackTraceContaining("HOIST_CRM_DATA_KEY (hoist.crm.data-key) still holds the old one");

        // as if the rotation had been cut off after its commit, in a CRM that reads its key from the file:
        // the start finishes it
        settings.remove("hoist.crm.data-key");
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            assertFoundAndRevealed(app, registered);
        }
        assertThat(key(secrets.resolve("data.key"))).isEqualTo(newKey);
        assertThat(next).doesNotExist();
        String oldFingerprint = DataKeys.of(Base64.getDecoder().decode(oldKey)).fingerprint();
        assertThat(key(secrets.resolve("data.key.retired-" + oldFingerprint))).isEqualTo(oldKey);
    }

    @Test
    void aRotationThatFailsChangesNothing(@TempDir Path home) throws Exception {
        Map<String, Object> settings = h2(home);
        Registered registered = storeCustomers(settings);
        // a damaged value in the last table the rotation reaches, after it has rewritten the customers
        UUID addressId;
        try (Connection db = DriverManager.getConnection(h2Url(home), "sa", "");
                var rs = db.createStatement().executeQuery("select id from customer_address")) {
            assertThat(rs.next()).isTrue();
            addressId = rs.getObject(1, UUID.class);
            db.createStatement().executeUpdate("update customer_address set address_enc = 'v1:AAAAAAAAAAAAAAAAAAAAAAAA'");
        }
        Path secrets = home.resolve("crm/secrets");
        String oldKey = key(secrets.resolve("data.key"));

        Run run = rotate(settings);

        assertThat(run.exit()).as(run.toString()).isEqualTo(CrmCommand.FAILED);
        assertThat(run.err()).contains("The rotation failed and changed nothing")
                .contains("customer_address " + addressId + ": Cannot decrypt a ADDRESS: wrong data key or damaged");
        assertThat(key(secrets.resolve("data.key"))).isEqualTo(oldKey);
        assertThat(secrets.resolve("data.key.next")).doesNotExist();
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            HttpTester http = http(app);
            assertThat(http.post("/api/customers/" + registered.id() + "/reveal").basic("admin", PW)
                    .json(Map.of("field", "MOBILE")).send().json().get("value").asString()).isEqualTo(registered.mobile());
        }
    }

    @Test
    void refusesWhileTheCrmRunsOrBeforeItEverRan(@TempDir Path home) {
        Map<String, Object> settings = h2(home);
        Run beforeFirstStart = rotate(settings);
        assertThat(beforeFirstStart.exit()).as(beforeFirstStart.toString()).isEqualTo(CrmCommand.FAILED);
        assertThat(beforeFirstStart.err()).contains("There is no data key yet").contains("nothing to rotate");
        assertThat(home.resolve("crm")).as("nothing made").doesNotExist();
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            settings.put("server.port", ProgramStartup.port(app));
            Run run = rotate(settings);
            assertThat(run.exit()).as(run.toString()).isEqualTo(CrmCommand.CRM_RUNNING);
            assertThat(run.err()).contains("stop the CRM first");
        }
        assertThat(home.resolve("crm/secrets/data.key.next")).doesNotExist();
    }

    @Test
    void aCrmWithoutItsKeyRefusesToStartInsteadOfMakingANewOne(@TempDir Path home) throws Exception {
        Map<String, Object> settings = h2(home);
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            register(app);
        }
        Path keyFile = home.resolve("crm/secrets/data.key");
        String key = key(keyFile);
        Files.delete(keyFile);
        assertThatThrownBy(() -> ProgramStartup.start(CrmApplication.class, settings))
                .hasStackTraceContaining("The data key file " + keyFile + " is missing");
        assertThat(keyFile).as("no new key that would open nothing").doesNotExist();

        // a database from before the fingerprint was recorded: the key is tried on a stored value
        DataKeys.write(keyFile, Base64.getDecoder().decode(key));
        try (Connection db = DriverManager.getConnection(h2Url(home), "sa", "")) {
            db.createStatement().executeUpdate("delete from data_key");
        }
        Map<String, Object> wrongKey = new HashMap<>(settings);
        wrongKey.put("hoist.crm.data-key", Base64.getEncoder().encodeToString(DataKeys.generate()));
        assertThatThrownBy(() -> ProgramStartup.start(CrmApplication.class, wrongKey))
                .hasStackTraceContaining("is not the key this database's personal data is encrypted under");
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            assertThat(app.getBean(JdbcClient.class).sql("select fingerprint from data_key").query(String.class)
                    .single()).isEqualTo(DataKeys.of(Base64.getDecoder().decode(key)).fingerprint());
        }
    }

    private record Registered(String id, String mobile, String idNumber, String address) {
    }

    private record Run(int exit, String out, String err) {
    }

    private static Map<String, Object> h2(Path home) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hoist.home", home.toString());
        settings.put("spring.datasource.url", h2Url(home));
        return settings;
    }

    private static String h2Url(Path home) {
        return "jdbc:h2:file:" + home.resolve("crm/db/crm");
    }

    private static Run rotate(Map<String, Object> settings) {
        List<String> args = new ArrayList<>(List.of("rotate-data-key"));
        Map<String, Object> all = new HashMap<>(settings);
        all.putIfAbsent("server.port", "0");
        all.forEach((name, value) -> args.add("--" + name + "=" + value));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = CrmCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Starts the CRM, stores {@link #register a customer} and {@link #bulk many more}, stops it. */
    private static Registered storeCustomers(Map<String, Object> settings) {
        try (var app = ProgramStartup.start(CrmApplication.class, settings)) {
            Registered registered = register(app);
            bulk(app, BULK);
            return registered;
        }
    }

    /** A customer with every kind of personal data, through the API. */
    private static Registered register(ConfigurableApplicationContext app) {
        HttpTester http = http(app);
        String mobile = CrmTestData.mobile();
        String idNumber = CrmTestData.idNumber();
        String address = "北京市海淀区中关村大街27号";
        var customer = http.post("/api/customers").basic("admin", PW).json(Map.of("kind", "PERSON", "name", "轮换测试",
                "mobile", mobile, "idNumber", idNumber, "address", address, "source", "WALK_IN")).send();
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        String id = customer.json().get("id").asString();
        var contact = http.post("/api/customers/" + id + "/contacts").basic("admin", PW)
                .json(Map.of("name", "轮换联系人", "mobile", CrmTestData.mobile())).send();
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return new Registered(id, mobile, idNumber, address);
    }

    /** Many more customers with a mobile, written as the CRM writes them. */
    private static void bulk(ConfigurableApplicationContext app, int count) {
        PersonalData data = app.getBean(PersonalData.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < count; i++) {
            String mobile = "+86137" + String.format("%08d", i);
            jdbc.sql("insert into customer (id, kind, name, mobile_enc, mobile_hash, mobile_tail_hash, source, created_at,"
                    + " updated_at) values (?, 'PERSON', ?, ?, ?, ?, 'WALK_IN', ?, ?)")
                    .params(UUID.randomUUID(), "批量" + i, data.encrypt(PersonalField.MOBILE, mobile),
                            data.blindIndex(PersonalField.MOBILE, mobile),
                            data.blindIndex(PersonalField.MOBILE_TAIL, mobile.substring(mobile.length() - 4)), now, now)
                    .update();
        }
    }

    /** Every encrypted value opens with the new key and not the old; every blind index is the new key's. */
    private static void assertEveryValueUnder(Connection db, String newKey, String oldKey, int customersWithData)
            throws SQLException {
        PersonalData now = new PersonalData(DataKeys.of(Base64.getDecoder().decode(newKey)));
        PersonalData before = new PersonalData(DataKeys.of(Base64.getDecoder().decode(oldKey)));
        int customers = 0;
        try (var rs = db.createStatement().executeQuery("select mobile_enc, mobile_hash, mobile_tail_hash, id_number_enc,"
                + " id_number_hash from customer where mobile_enc is not null or id_number_enc is not null")) {
            while (rs.next()) {
                customers++;
                String mobile = now.decrypt(PersonalField.MOBILE, rs.getString(1));
                assertThat(rs.getString(2)).isEqualTo(now.blindIndex(PersonalField.MOBILE, mobile));
                assertThat(rs.getString(3)).isEqualTo(now.blindIndex(PersonalField.MOBILE_TAIL,
                        mobile.substring(mobile.length() - 4)));
                assertThatThrownBy(() -> before.decrypt(PersonalField.MOBILE, rs.getString(1)))
                        .hasMessageContaining("wrong data key");
                String idNumber = now.decrypt(PersonalField.ID_NUMBER, rs.getString(4));
                assertThat(rs.getString(5)).isEqualTo(now.blindIndex(PersonalField.ID_NUMBER, idNumber));
            }
        }
        assertThat(customers).isEqualTo(customersWithData);
        try (var rs = db.createStatement().executeQuery("select mobile_enc, mobile_hash from customer_contact")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo(now.blindIndex(PersonalField.MOBILE,
                    now.decrypt(PersonalField.MOBILE, rs.getString(1))));
        }
        try (var rs = db.createStatement().executeQuery("select address_enc from customer_address")) {
            assertThat(rs.next()).isTrue();
            assertThat(now.decrypt(PersonalField.ADDRESS, rs.getString(1))).isNotBlank();
        }
        try (var rs = db.createStatement().executeQuery("select fingerprint from data_key")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(now.keyFingerprint());
        }
    }

    /** The CRM under the new key: the search box finds by the mobile's tail and whole, reveals give the values. */
    private static void assertFoundAndRevealed(ConfigurableApplicationContext app, Registered registered) {
        HttpTester http = http(app);
        for (String q : List.of(registered.mobile().substring(7), registered.mobile())) {
            var found = http.get("/api/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).basic("admin", PW)
                    .send();
            assertThat(found.json().get("items").valueStream().map(h -> h.get("id").asString())).as(q)
                    .contains(registered.id());
        }
        Map<String, String> expected = Map.of("MOBILE", registered.mobile(), "ID_NUMBER", registered.idNumber(),
                "ADDRESS", registered.address());
        expected.forEach((field, value) -> assertThat(http.post("/api/customers/" + registered.id() + "/reveal")
                .basic("admin", PW).json(Map.of("field", field)).send().json().get("value").asString()).as(field)
                .isEqualTo(value));
        var duplicate = http.post("/api/customers").basic("admin", PW).json(Map.of("kind", "PERSON", "name", "重复",
                "idNumber", registered.idNumber(), "source", "WALK_IN")).send();
        assertThat(duplicate.status()).as("the ID number's blind index still finds the holder: " + duplicate)
                .isEqualTo(409);
    }

    private static HttpTester http(ConfigurableApplicationContext app) {
        return new HttpTester("http://localhost:" + ProgramStartup.port(app));
    }

    private static String key(Path file) {
        return OwnerOnlyFiles.read(file).strip();
    }
}
