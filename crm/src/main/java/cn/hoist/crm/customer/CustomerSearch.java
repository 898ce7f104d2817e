package cn.hoist.crm.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.cndata.IdNumbers;
import cn.hoist.crm.cndata.Mobiles;
import cn.hoist.crm.customer.internal.CustomerRepository;
import cn.hoist.crm.customer.internal.CustomerRow;
import cn.hoist.crm.security.Permissions;
import cn.hoist.platform.web.Page;

/**
 * The one search box: a plate fragment, the last four digits of a mobile, a whole mobile or ID
 * number, a name fragment or a VIN (whole or its last six). Every way is an index lookup by
 * equality (blind indexes, n-grams), so it stays fast at a million customers on H2 and PostgreSQL.
 */
@Service
@PreAuthorize(Permissions.READ_CUSTOMERS)
public class CustomerSearch {

    public static final int MAX_HITS = 50;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern PHONE_TAIL = Pattern.compile("\\d{4}");

    private final CustomerRepository customers;
    private final PersonalFields fields;
    private final ObjectProvider<VehiclePlates> vehicles;

    CustomerSearch(CustomerRepository customers, PersonalFields fields, ObjectProvider<VehiclePlates> vehicles) {
        this.customers = customers;
        this.fields = fields;
        this.vehicles = vehicles;
    }

    /**
     * Runs its statements on one connection without a transaction around them: they only read, a customer changed
     * between two of them is shown as either, and on PostgreSQL a transaction costs a round trip more per keystroke.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        int max = Math.max(1, Math.min(limit, MAX_HITS));
        if (q.isEmpty()) {
            return List.of();
        }
        return hits(customers.findAll(List.copyOf(customerIds(q, max))));
    }

    /** All active customers a page at a time, as search hits (with their plates). */
    @Transactional(readOnly = true)
    public Page<SearchHit> list(String sort, boolean descending, int page, int size) {
        return new Page<>(hits(customers.page(sort, descending, page, size)), page, size, customers.countActive());
    }

    private Set<UUID> customerIds(String q, int max) {
        Set<UUID> ids = new LinkedHashSet<>();
        String digits = SEPARATORS.matcher(q).replaceAll("");
        if (PHONE_TAIL.matcher(digits).matches()) {
            ids.addAll(customers.idsByMobileTail(fields.tailHashOfDigits(digits), max));
        }
        Mobiles.normalize(q).ifPresent(e164 -> {
            String hash = fields.mobileHash(e164);
            customers.findByMobileHash(hash).forEach(c -> ids.add(c.id()));
            ids.addAll(customers.idsByContactMobileHash(hash, max));
        });
        String idNumber = IdNumbers.normalize(q);
        if (IdNumbers.isValid(idNumber)) {
            customers.findByIdNumberHash(fields.idNumberHash(idNumber)).forEach(c -> ids.add(c.id()));
        }
        if (ids.size() < max) {
            vehicles.ifAvailable(plates -> ids.addAll(plates.customerIds(q, max)));
        }
        // Names have no digits; a query with one is a plate, phone or VIN and skips the name lookup.
        if (ids.size() < max && q.codePointCount(0, q.length()) >= CustomerRepository.NAME_GRAM
                && q.chars().noneMatch(Character::isDigit)) {
            ids.addAll(customers.idsByNameFragment(q, max));
        }
        return ids.stream().limit(max).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<SearchHit> hits(List<CustomerRow> rows) {
        List<CustomerRow> active = rows.stream().filter(r -> r.mergedInto() == null).toList();
        List<UUID> ids = active.stream().map(CustomerRow::id).toList();
        Map<UUID, List<String>> plates = platesOf(ids);
        List<SearchHit> hits = new ArrayList<>();
        for (CustomerRow row : active) {
            Customer masked = fields.masked(row, null);
            hits.add(new SearchHit(row.id(), masked.kind(), masked.name(), masked.mobile(),
                    plates.getOrDefault(row.id(), List.of())));
        }
        return hits;
    }

    /** Each customer's cars as staff name them (plates, a car without one by the end of its VIN), for lists. */
    public Map<UUID, List<String>> platesOf(Collection<UUID> customerIds) {
        VehiclePlates known = vehicles.getIfAvailable();
        return known == null || customerIds.isEmpty() ? Map.of() : known.labelsOf(customerIds);
    }
}
