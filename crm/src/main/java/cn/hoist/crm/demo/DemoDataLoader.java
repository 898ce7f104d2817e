package cn.hoist.crm.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.cndata.CreditCodes;
import cn.hoist.crm.cndata.Vins;
import cn.hoist.crm.customer.ConsentChannel;
import cn.hoist.crm.customer.ConsentPurpose;
import cn.hoist.crm.customer.Consent;
import cn.hoist.crm.customer.CustomerDetailsService;
import cn.hoist.crm.customer.CustomerForm;
import cn.hoist.crm.customer.CustomerKind;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.customer.Gender;
import cn.hoist.crm.customer.SourceChannel;
import cn.hoist.crm.vehicle.LinkRole;
import cn.hoist.crm.vehicle.OdometerReading;
import cn.hoist.crm.vehicle.OdometerSource;
import cn.hoist.crm.vehicle.Vehicle;
import cn.hoist.crm.vehicle.VehicleForm;
import cn.hoist.crm.vehicle.VehicleService;

/**
 * Three dozen realistic customers with their cars, for a demo or a first look. The data is the
 * same on every run (fixed seed) and a customer whose mobile is already there is skipped, so
 * starting twice adds nothing.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final int CUSTOMERS = 36;

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
        "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞"};
    private static final String[] COMPANIES = {"北京顺达物流有限公司", "上海安途租车有限公司", "广州捷运快递有限公司"};
    private static final String[] STREETS = {"北京市朝阳区建国路88号", "北京市海淀区中关村大街27号",
        "上海市浦东新区世纪大道100号", "广州市天河区体育西路191号", "深圳市南山区科技园南区12栋"};
    private static final int[][] MODELS = {{101, 2022}, {102, 2021}, {201, 2019}, {901, 2018}, {1001, 2020},
        {1101, 2017}, {1401, 2022}, {1402, 2023}, {1501, 2021}, {1701, 2022}, {1301, 2016}, {1801, 2021}};

    /** Models sold with new-energy plates: BYD Qin PLUS (plug-in, F) and the pure electric ones (D). */
    private static final Set<Integer> NEW_ENERGY = Set.of(101, 102, 1401, 1402, 1501, 1701, 1801);

    private final CustomerService customers;
    private final CustomerDetailsService details;
    private final VehicleService vehicles;
    private final TransactionTemplate transactions;

    DemoDataLoader(CustomerService customers, CustomerDetailsService details, VehicleService vehicles,
            TransactionTemplate transactions) {
        this.customers = customers;
        this.details = details;
        this.vehicles = vehicles;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(AuditLog.SYSTEM,
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            int added = transactions.execute(status -> load());
            log.info("Demo data: {} customers added ({} in the set)", added, CUSTOMERS);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int load() {
        Random random = new Random(20261123L);
        int added = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            String mobile = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            CustomerForm form = customer(i, mobile, random);
            VehicleForm vehicle = vehicle(i, random);
            // Drawn before the skip below, so every run sees the same sequence of customers.
            OdometerReading.New reading = new OdometerReading.New(5_000 + random.nextInt(80_000),
                    LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28)), OdometerSource.RECEPTION);
            if (!customers.idsByMobile(mobile).isEmpty()) {
                continue;
            }
            var customer = customers.create(form);
            details.recordConsent(customer.id(), new Consent.Form(ConsentPurpose.SERVICE, ConsentChannel.SMS, true));
            if (i % 3 == 0) {
                details.recordConsent(customer.id(), new Consent.Form(ConsentPurpose.MARKETING, ConsentChannel.WECHAT,
                        true));
            }
            if (vehicles.byPlate(vehicle.plate()).isEmpty()) {
                Vehicle car = vehicles.create(vehicle, customer.id(),
                        form.kind() == CustomerKind.COMPANY ? LinkRole.FLEET : LinkRole.OWNER);
                vehicles.addReading(car.id(), reading);
            }
            added++;
        }
        return added;
    }

    private static CustomerForm customer(int i, String mobile, Random random) {
        boolean company = i < COMPANIES.length;
        String name = company ? COMPANIES[i] : SURNAMES[i % SURNAMES.length] + GIVEN[random.nextInt(GIVEN.length)];
        String creditCode = company ? creditCode(random) : null;
        return new CustomerForm(company ? CustomerKind.COMPANY : CustomerKind.PERSON, name,
                company ? null : random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
                company ? null : LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                mobile, null, creditCode, null, null, STREETS[random.nextInt(STREETS.length)],
                SourceChannel.values()[random.nextInt(SourceChannel.values().length)], null, null);
    }

    private static VehicleForm vehicle(int i, Random random) {
        int[] model = MODELS[i % MODELS.length];
        boolean newEnergy = NEW_ENERGY.contains(model[0]);
        String plate = newEnergy ? "京A" + (model[0] == 101 ? 'F' : 'D') + letterOrDigit(random)
                + String.format("%04d", random.nextInt(10_000))
                : "京" + "ABCEFGHJKLMNPQ".charAt(random.nextInt(14)) + String.format("%05d", random.nextInt(100_000));
        return new VehicleForm(vin(random), plate, model[0], null, null, model[1], null, null, null,
                LocalDate.of(model[1], 1 + random.nextInt(12), 1 + random.nextInt(28)), null, "中国人保",
                LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28)), null);
    }

    private static char letterOrDigit(Random random) {
        return "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(random.nextInt(34));
    }

    /** A VIN with a correct check digit (LFV = FAW-Volkswagen's world manufacturer identifier). */
    static String vin(Random random) {
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder vin = new StringBuilder("LFV");
        for (int i = 3; i < 17; i++) {
            vin.append(i == 8 ? '0' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        vin.setCharAt(8, Vins.checkDigit(vin.toString()));
        return vin.toString();
    }

    private static String creditCode(Random random) {
        StringBuilder code = new StringBuilder("91110105");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (code.length() < 17) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(CreditCodes.checkCharacter(code.toString())).toString();
    }
}
