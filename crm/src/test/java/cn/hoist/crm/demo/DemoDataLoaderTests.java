package cn.hoist.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.hoist.crm.CrmTest;
import cn.hoist.crm.cndata.Plates;
import cn.hoist.crm.cndata.Vins;
import cn.hoist.crm.customer.CustomerDetailsService;
import cn.hoist.crm.customer.CustomerService;
import cn.hoist.crm.vehicle.VehicleService;

/** The demo data (profile demo) is realistic and valid, and a second start adds nothing. */
@CrmTest
class DemoDataLoaderTests {

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerDetailsService details;

    @Autowired
    VehicleService vehicles;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsThreeDozenCustomersWithValidCarsOnceOnly() {
        DemoDataLoader loader = new DemoDataLoader(customers, details, vehicles, transactions);
        long before = count("customer");
        loader.run(new DefaultApplicationArguments());
        assertThat(count("customer") - before).isEqualTo(DemoDataLoader.CUSTOMERS);
        loader.run(new DefaultApplicationArguments());
        assertThat(count("customer") - before).as("running twice adds nothing").isEqualTo(DemoDataLoader.CUSTOMERS);
        var cars = jdbc.sql("select plate, vin from vehicle where vin like 'LFV%'").query((rs, n) ->
                new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(cars).hasSizeGreaterThanOrEqualTo(DemoDataLoader.CUSTOMERS - 1);
        assertThat(cars).allSatisfy(car -> {
            assertThat(Plates.isValid(car[0])).as(car[0]).isTrue();
            assertThat(Vins.isValid(car[1])).as(car[1]).isTrue();
        });
        assertThat(jdbc.sql("select count(*) from customer where kind = 'COMPANY' and credit_code is not null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
