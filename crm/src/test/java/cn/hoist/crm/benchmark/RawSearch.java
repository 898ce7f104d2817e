package cn.hoist.crm.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import cn.hoist.crm.cndata.Grams;
import cn.hoist.crm.customer.internal.CustomerRepository;
import cn.hoist.crm.vehicle.internal.LinkRepository;
import cn.hoist.crm.vehicle.internal.VehicleRepository;

/**
 * The statements the search box runs for a query, issued over plain JDBC on the CRM's own connection pool: the
 * baseline the HTTP API is measured against. The lookups use the repositories' own SQL and the same decisions as
 * {@code CustomerSearch} for a plate fragment or a phone tail (four digits: the mobile tails, then plates; no digit:
 * plates, then names); then, as the service does, the customers and their plates.
 */
final class RawSearch {

    private static final String LINKED_CUSTOMERS = "select distinct customer_id from vehicle_link where vehicle_id in (%s)";

    private final DataSource dataSource;
    private final UnaryOperator<String> tailHash;

    /** {@code tailHash}: the blind index of four digits, as the CRM computes it. */
    RawSearch(DataSource dataSource, UnaryOperator<String> tailHash) {
        this.dataSource = dataSource;
        this.tailHash = tailHash;
    }

    /** Number of customers found for the query (a plate fragment or the last four digits of a mobile). */
    int search(String q, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Set<UUID> customers = new LinkedHashSet<>();
            if (q.matches("\\d{4}")) {
                String hash = tailHash.apply(q);
                customers.addAll(ids(c, CustomerRepository.IDS_BY_MOBILE_TAIL, hash, limit));
                customers.addAll(ids(c, CustomerRepository.IDS_BY_CONTACT_MOBILE_TAIL, hash, limit));
            }
            if (customers.size() < limit) {
                List<String> grams = List.copyOf(Grams.of(q, VehicleRepository.PLATE_GRAM));
                List<UUID> vehicles = ids(c, VehicleRepository.VEHICLES_BY_PLATE_FRAGMENT, grams.get(grams.size() - 1),
                        grams.get(0), "%" + q + "%", limit);
                if (!vehicles.isEmpty()) {
                    customers.addAll(ids(c, in(LINKED_CUSTOMERS, vehicles.size()), vehicles.toArray()));
                }
            }
            if (customers.size() < limit && q.chars().noneMatch(Character::isDigit)) {
                List<String> grams = List.copyOf(Grams.of(q, CustomerRepository.NAME_GRAM));
                customers.addAll(ids(c, CustomerRepository.IDS_BY_NAME_FRAGMENT, grams.get(grams.size() - 1),
                        grams.get(0), "%" + q.toLowerCase(Locale.ROOT) + "%", limit));
            }
            return fetch(c, customers.stream().limit(limit).toList());
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
