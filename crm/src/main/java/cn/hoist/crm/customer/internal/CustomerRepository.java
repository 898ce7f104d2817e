package cn.hoist.crm.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.hoist.crm.cndata.Grams;

/** Customers and the name n-grams the search box uses. */
@Repository
public class CustomerRepository {

    public static final int NAME_GRAM = 2;
    /**
     * Customers whose mobile ends in the given digits, by blind index. About one customer in 10,000
     * shares a tail, so at a million there are a hundred: no ORDER BY, which would read them all.
     */
    public static final String IDS_BY_MOBILE_TAIL = "select id from customer where mobile_tail_hash = ?"
            + " and merged_into is null limit ?";
    public static final String IDS_BY_CONTACT_MOBILE_TAIL = "select customer_id from customer_contact"
            + " where mobile_tail_hash = ? limit ?";
    public static final String BY_IDS = "select * from customer where id in (:ids)";
    public static final String IDS_BY_NAME_FRAGMENT = "select c.id from name_gram g1"
            + " join name_gram g2 on g2.customer_id = g1.customer_id and g2.gram = ?"
            + " join customer c on c.id = g1.customer_id"
            + " where g1.gram = ? and lower(c.name) like ? and c.merged_into is null order by c.name limit ?";
    private static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "created_at",
            "updatedAt", "updated_at", "kind", "kind");

    private final JdbcClient jdbc;

    public CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CustomerRow c) {
        jdbc.sql("insert into customer (id, kind, name, gender, birthday, credit_code, mobile_enc, mobile_hash,"
                        + " mobile_tail_hash, id_number_enc, id_number_hash, landline, email, source, store_id, notes,"
                        + " merged_into, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.kind(), c.name(), c.gender(), c.birthday(), c.creditCode(), c.mobileEnc(),
                        c.mobileHash(), c.mobileTailHash(), c.idNumberEnc(), c.idNumberHash(), c.landline(),
                        c.email(), c.source(), c.storeId(), c.notes(), c.mergedInto(), c.createdAt(), c.updatedAt())
                .update();
        replaceNameGrams(c.id(), c.name());
    }

    public void update(CustomerRow c) {
        jdbc.sql("update customer set kind = ?, name = ?, gender = ?, birthday = ?, credit_code = ?, mobile_enc = ?,"
                        + " mobile_hash = ?, mobile_tail_hash = ?, id_number_enc = ?, id_number_hash = ?, landline = ?,"
                        + " email = ?, source = ?, store_id = ?, notes = ?, updated_at = ? where id = ?")
                .params(c.kind(), c.name(), c.gender(), c.birthday(), c.creditCode(), c.mobileEnc(), c.mobileHash(),
                        c.mobileTailHash(), c.idNumberEnc(), c.idNumberHash(), c.landline(), c.email(), c.source(),
                        c.storeId(), c.notes(), c.updatedAt(), c.id())
                .update();
        replaceNameGrams(c.id(), c.name());
    }

    public void setMergedInto(UUID id, UUID survivor, OffsetDateTime now) {
        jdbc.sql("update customer set merged_into = ?, updated_at = ? where id = ?").params(survivor, now, id).update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from name_gram where customer_id = ?").param(id).update();
        jdbc.sql("delete from customer where id = ?").param(id).update();
    }

    public Optional<CustomerRow> find(UUID id) {
        return jdbc.sql("select * from customer where id = ?").param(id).query(CustomerRepository::map).optional();
    }

    /** In the order of the ids given. */
    public List<CustomerRow> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CustomerRow> byId = new java.util.HashMap<>();
        jdbc.sql(BY_IDS).param("ids", ids).query(CustomerRepository::map).list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Active (not merged away) customers with this blind index of their mobile. */
    public List<CustomerRow> findByMobileHash(String hash) {
        return jdbc.sql("select * from customer where mobile_hash = ? and merged_into is null order by created_at")
                .param(hash).query(CustomerRepository::map).list();
    }

    public List<CustomerRow> findByIdNumberHash(String hash) {
        return jdbc.sql("select * from customer where id_number_hash = ? and merged_into is null").param(hash)
                .query(CustomerRepository::map).list();
    }

    public List<UUID> idsByContactMobileHash(String hash, int limit) {
        return jdbc.sql("select customer_id from customer_contact where mobile_hash = ? limit ?").params(hash, limit)
                .query(UUID.class).list();
    }

    public List<UUID> idsByMobileTail(String tailHash, int limit) {
        List<UUID> ids = new java.util.ArrayList<>(jdbc.sql(IDS_BY_MOBILE_TAIL).params(tailHash, limit)
                .query(UUID.class).list());
        jdbc.sql(IDS_BY_CONTACT_MOBILE_TAIL).params(tailHash, limit).query(UUID.class).list().stream()
                .filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    public List<UUID> idsByNameFragment(String fragment, int limit) {
        List<String> grams = List.copyOf(Grams.of(fragment, NAME_GRAM));
        return jdbc.sql(IDS_BY_NAME_FRAGMENT)
                .params(grams.get(grams.size() - 1), grams.get(0),
                        "%" + fragment.toLowerCase(Locale.ROOT) + "%", limit)
                .query(UUID.class).list();
    }

    public List<CustomerRow> page(String sort, boolean descending, int page, int size) {
        String column = SORTS.getOrDefault(sort, "updated_at");
        return jdbc.sql("select * from customer where merged_into is null order by " + column
                        + (descending ? " desc" : "") + ", id limit ? offset ?")
                .params(size, (long) page * size).query(CustomerRepository::map).list();
    }

    public long countActive() {
        return jdbc.sql("select count(*) from customer where merged_into is null").query(Long.class).single();
    }

    /** Every active customer in name order, a batch at a time (for the address book export). */
    public List<CustomerRow> batchAfter(String name, UUID id, int size) {
        return jdbc.sql("select * from customer where merged_into is null and (name > ? or (name = ? and id > ?))"
                        + " order by name, id limit ?")
                .params(name, name, id, size).query(CustomerRepository::map).list();
    }

    private void replaceNameGrams(UUID id, String name) {
        jdbc.sql("delete from name_gram where customer_id = ?").param(id).update();
        for (String gram : Grams.of(name, NAME_GRAM)) {
            jdbc.sql("insert into name_gram (gram, customer_id) values (?, ?)").params(gram, id).update();
        }
    }

    public static CustomerRow map(ResultSet rs, int row) throws SQLException {
        return new CustomerRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
                rs.getString("gender"), rs.getObject("birthday", LocalDate.class), rs.getString("credit_code"),
                rs.getString("mobile_enc"), rs.getString("mobile_hash"), rs.getString("mobile_tail_hash"),
                rs.getString("id_number_enc"), rs.getString("id_number_hash"), rs.getString("landline"),
                rs.getString("email"), rs.getString("source"), rs.getObject("store_id", UUID.class),
                rs.getString("notes"), rs.getObject("merged_into", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
