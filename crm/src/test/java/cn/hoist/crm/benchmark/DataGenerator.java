package cn.hoist.crm.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import cn.hoist.crm.cndata.Grams;
import cn.hoist.crm.privacy.PersonalData;
import cn.hoist.crm.privacy.PersonalField;

/**
 * Fills the CRM's tables with customers and vehicles as fast as JDBC batches allow, encrypting and
 * indexing personal data with the CRM's own {@link PersonalData}, so the CRM finds them exactly as
 * if staff had entered them. Deterministic: customer {@code i} always has the same data.
 */
final class DataGenerator {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰建国志红梅云飞鹏辉宇浩然子涵欣怡思雨俊杰晨曦博文";
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final int BATCH = 5_000;
    /** A prime sharing no factor with 34^5 nor with 2 x 34 x 10^4, so multiplying by it permutes the tails. */
    private static final long SCRAMBLE = 1_000_003L;

    private final DataSource dataSource;
    private final PersonalData personalData;

    DataGenerator(DataSource dataSource, PersonalData personalData) {
        this.dataSource = dataSource;
        this.personalData = personalData;
    }

    /** Customer {@code i}'s mobile: distinct for every i below 100 million. */
    static String mobile(int i) {
        return "+86139" + String.format("%08d", (long) i * 7_919 % 100_000_000);
    }

    /**
     * Vehicle {@code v}'s plate, distinct for every v, looking like a city shop's: six in ten from
     * 京A–京M, the rest from anywhere. The tail is the index scrambled by a multiplication that is a
     * bijection modulo the number of tails, so tails spread evenly and never repeat. Every fifth car
     * is new-energy (8 characters: D or F, one character, four digits).
     */
    static String plate(long v) {
        boolean newEnergy = v % 5 == 0;
        long k = newEnergy ? v / 5 : v;
        String start = k % 10 < 6 ? "京" + LETTERS.charAt((int) (k / 10 % 12))
                : PROVINCES.charAt((int) (k / 10 % PROVINCES.length())) + ""
                        + LETTERS.charAt((int) (k / 310 % LETTERS.length()));
        if (newEnergy) {
            long s = k * SCRAMBLE % 680_000;
            return start + "DF".charAt((int) (s % 2)) + ALNUM.charAt((int) (s / 2 % 34))
                    + String.format("%04d", s / 68 % 10_000);
        }
        long s = k * SCRAMBLE % 45_435_424L;
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            tail.append(ALNUM.charAt((int) (s % 34)));
            s /= 34;
        }
        return start + tail;
    }

    void generate(int customers, int vehicles) throws SQLException {
        Random random = new Random(42);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insertCustomers(c, customers, random);
            insertVehicles(c, customers, vehicles);
        }
        System.out.printf("Generated %,d customers and %,d vehicles in %d s%n", customers, vehicles,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private void insertCustomers(Connection c, int count, Random random) throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        try (PreparedStatement customer = c.prepareStatement("insert into customer (id, kind, name, mobile_enc,"
                + " mobile_hash, mobile_tail_hash, source, created_at, updated_at) values (?, 'PERSON', ?, ?, ?, ?,"
                + " 'WALK_IN', ?, ?)");
                PreparedStatement gram = c.prepareStatement("insert into name_gram (gram, customer_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = customerId(i);
                String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                        + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + (random.nextBoolean() ? "" : GIVEN.charAt(random.nextInt(GIVEN.length())));
                String mobile = mobile(i);
                customer.setObject(1, id);
                customer.setString(2, name);
                customer.setString(3, personalData.encrypt(PersonalField.MOBILE, mobile));
                customer.setString(4, personalData.blindIndex(PersonalField.MOBILE, mobile));
                customer.setString(5, personalData.blindIndex(PersonalField.MOBILE_TAIL,
                        mobile.substring(mobile.length() - 4)));
                customer.setTimestamp(6, now);
                customer.setTimestamp(7, now);
                customer.addBatch();
                for (String g : Grams.of(name, 2)) {
                    gram.setString(1, g);
                    gram.setObject(2, id);
                    gram.addBatch();
                }
                if ((i + 1) % BATCH == 0) {
                    flush(c, customer, gram);
                    progress("customers", i + 1, count);
                }
            }
            flush(c, customer, gram);
        }
    }

    private void insertVehicles(Connection c, int customers, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        try (PreparedStatement vehicle = c.prepareStatement("insert into vehicle (id, plate, energy, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?)");
                PreparedStatement assignment = c.prepareStatement("insert into plate_assignment (id, vehicle_id, plate,"
                        + " valid_from) values (?, ?, ?, ?)");
                PreparedStatement gram = c.prepareStatement("insert into plate_gram (gram, vehicle_id) values (?, ?)");
                PreparedStatement link = c.prepareStatement("insert into vehicle_link (id, vehicle_id, customer_id,"
                        + " role, created_at) values (?, ?, ?, 'OWNER', ?)")) {
            for (int v = 0; v < count; v++) {
                UUID id = new UUID(0x5EED_0000_0000_0000L | 2, v);
                String plate = plate(v);
                vehicle.setObject(1, id);
                vehicle.setString(2, plate);
                vehicle.setString(3, plate.length() == 8 ? "NEV" : "FUEL");
                vehicle.setTimestamp(4, now);
                vehicle.setTimestamp(5, now);
                vehicle.addBatch();
                assignment.setObject(1, new UUID(0x5EED_0000_0000_0000L | 3, v));
                assignment.setObject(2, id);
                assignment.setString(3, plate);
                assignment.setTimestamp(4, now);
                assignment.addBatch();
                for (String g : Grams.of(plate, 3)) {
                    gram.setString(1, g);
                    gram.setObject(2, id);
                    gram.addBatch();
                }
                link.setObject(1, new UUID(0x5EED_0000_0000_0000L | 4, v));
                link.setObject(2, id);
                link.setObject(3, customerId(v % customers));
                link.setTimestamp(4, now);
                link.addBatch();
                if ((v + 1) % BATCH == 0) {
                    flush(c, vehicle, assignment, gram, link);
                    progress("vehicles", v + 1, count);
                }
            }
            flush(c, vehicle, assignment, gram, link);
        }
    }

    static UUID customerId(int i) {
        return new UUID(0x5EED_0000_0000_0000L | 1, i);
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        c.commit();
    }

    private static void progress(String what, int done, int total) {
        if (done % 100_000 == 0) {
            System.out.printf("  %s: %,d of %,d%n", what, done, total);
        }
    }
}
