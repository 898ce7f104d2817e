package cn.hoist.crm.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import cn.hoist.crm.cndata.Grams;
import cn.hoist.crm.customer.internal.CustomerRepository;
import cn.hoist.crm.vehicle.internal.LinkRepository;
import cn.hoist.crm.vehicle.internal.VehicleRepository;

/**
 * The statements the search box runs for a plate fragment or a phone tail, issued over plain JDBC
 * on the CRM's own connection pool: the baseline the HTTP API is measured against. The lookups use
 * the repositories' own SQL; then, as the service does, the customers and their plates.
 */
final class RawSearch {

    private static final String LINKED_CUSTOMERS = "select distinct customer_id from vehicle_link where vehicle_id in (%s)";

    private final DataSource dataSource;

    RawSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Number of customers found by a plate fragment (what the API does for 3+ characters). */
    int byPlateFragment(String fragment, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> grams = List.copyOf(Grams.of(fragment, VehicleRepository.PLATE_GRAM));
            List<UUID> vehicles = ids(c, VehicleRepository.VEHICLES_BY_PLATE_FRAGMENT, grams.get(grams.size() - 1),
                    grams.get(0), "%" + fragment + "%", limit);
            List<UUID> customers = vehicles.isEmpty() ? List.of() : ids(c, in(LINKED_CUSTOMERS, vehicles.size()),
                    vehicles.toArray());
            return fetch(c, customers);
        }
    }

    /**
     * Number of customers found by the last four digits: the blind-index lookups on customers and
     * contacts, and (four digits may also be a plate fragment) the plate lookup, as the API does.
     */
    int byPhoneTail(String tailHash, String digits, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<UUID> customers = new ArrayList<>(ids(c, CustomerRepository.IDS_BY_MOBILE_TAIL, tailHash, limit));
            customers.addAll(ids(c, CustomerRepository.IDS_BY_CONTACT_MOBILE_TAIL, tailHash, limit));
            if (customers.size() < limit) {
                List<String> grams = List.copyOf(Grams.of(digits, VehicleRepository.PLATE_GRAM));
                List<UUID> vehicles = ids(c, VehicleRepository.VEHICLES_BY_PLATE_FRAGMENT, grams.get(grams.size() - 1),
                        grams.get(0), "%" + digits + "%", limit);
                if (!vehicles.isEmpty()) {
                    customers.addAll(ids(c, in(LINKED_CUSTOMERS, vehicles.size()), vehicles.toArray()));
                }
            }
            return fetch(c, customers.stream().distinct().limit(limit).toList());
        }
    }

    /** The customers and their vehicles' plates, as the result list needs. */
    private static int fetch(Connection c, List<UUID> customers) throws SQLException {
        if (customers.isEmpty()) {
            return 0;
        }
        int rows = count(c, CustomerRepository.BY_IDS.replace(":ids", marks(customers.size())), customers.toArray());
        count(c, LinkRepository.LABELS_BY_CUSTOMERS.replace(":ids", marks(customers.size())), customers.toArray());
        return rows;
    }

    private static List<UUID> ids(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params); ResultSet rs = statement.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private static int count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, params); ResultSet rs = statement.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    private static String in(String template, int n) {
        return String.format(template, marks(n));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
