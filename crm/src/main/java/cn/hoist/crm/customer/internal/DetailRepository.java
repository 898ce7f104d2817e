package cn.hoist.crm.customer.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts, addresses and consent records of customers; personal data as stored (encrypted). */
@Repository
public class DetailRepository {

    private final JdbcClient jdbc;

    public DetailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ContactRow(UUID id, UUID customerId, String name, String relation, String mobileEnc,
            String mobileHash, String mobileTailHash, String landline, String email, OffsetDateTime createdAt) {
    }

    public record AddressRow(UUID id, UUID customerId, String label, String addressEnc, OffsetDateTime createdAt) {
    }

    public record ConsentRow(UUID id, UUID customerId, String purpose, String channel, boolean granted,
            String policyVersion, OffsetDateTime recordedAt, String recordedBy) {
    }

    public void insertContact(ContactRow c) {
        jdbc.sql("insert into customer_contact (id, customer_id, name, relation, mobile_enc, mobile_hash,"
                        + " mobile_tail_hash, landline, email, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.customerId(), c.name(), c.relation(), c.mobileEnc(), c.mobileHash(),
                        c.mobileTailHash(), c.landline(), c.email(), c.createdAt())
                .update();
    }

    public List<ContactRow> contacts(UUID customerId) {
        return jdbc.sql("select * from customer_contact where customer_id = ? order by created_at").param(customerId)
                .query((rs, n) -> new ContactRow(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getString("name"), rs.getString("relation"), rs.getString("mobile_enc"),
                        rs.getString("mobile_hash"), rs.getString("mobile_tail_hash"), rs.getString("landline"),
                        rs.getString("email"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    public int deleteContact(UUID customerId, UUID contactId) {
        return jdbc.sql("delete from customer_contact where id = ? and customer_id = ?").params(contactId, customerId)
                .update();
    }

    public void insertAddress(AddressRow a) {
        jdbc.sql("insert into customer_address (id, customer_id, label, address_enc, created_at) values (?, ?, ?, ?, ?)")
                .params(a.id(), a.customerId(), a.label(), a.addressEnc(), a.createdAt()).update();
    }

    public List<AddressRow> addresses(UUID customerId) {
        return jdbc.sql("select * from customer_address where customer_id = ? order by created_at, id")
                .param(customerId)
                .query((rs, n) -> new AddressRow(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getString("label"), rs.getString("address_enc"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    public int deleteAddress(UUID customerId, UUID addressId) {
        return jdbc.sql("delete from customer_address where id = ? and customer_id = ?").params(addressId, customerId)
                .update();
    }

    public void insertConsent(ConsentRow c) {
        jdbc.sql("insert into consent_record (id, customer_id, purpose, channel, granted, policy_version, recorded_at,"
                        + " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.customerId(), c.purpose(), c.channel(), c.granted(), c.policyVersion(),
                        c.recordedAt(), c.recordedBy())
                .update();
    }

    /** Every consent record of the customer, newest first. */
    public List<ConsentRow> consents(UUID customerId) {
        return jdbc.sql("select * from consent_record where customer_id = ? order by recorded_at desc, id")
                .param(customerId)
                .query((rs, n) -> new ConsentRow(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getString("purpose"), rs.getString("channel"), rs.getBoolean("granted"),
                        rs.getString("policy_version"), rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Moves every detail row of one customer to another; returns the ids moved, per table. */
    public MovedDetails moveAll(UUID from, UUID to) {
        List<UUID> contacts = ids("customer_contact", from);
        List<UUID> addresses = ids("customer_address", from);
        List<UUID> consents = ids("consent_record", from);
        jdbc.sql("update customer_contact set customer_id = ? where customer_id = ?").params(to, from).update();
        jdbc.sql("update customer_address set customer_id = ? where customer_id = ?").params(to, from).update();
        jdbc.sql("update consent_record set customer_id = ? where customer_id = ?").params(to, from).update();
        return new MovedDetails(contacts, addresses, consents);
    }

    public void moveBack(MovedDetails moved, UUID to) {
        move("customer_contact", moved.contacts(), to);
        move("customer_address", moved.addresses(), to);
        move("consent_record", moved.consents(), to);
    }

    public void deleteAll(UUID customerId) {
        for (String table : List.of("customer_contact", "customer_address", "consent_record")) {
            jdbc.sql("delete from " + table + " where customer_id = ?").param(customerId).update();
        }
    }

    private List<UUID> ids(String table, UUID customerId) {
        return jdbc.sql("select id from " + table + " where customer_id = ?").param(customerId).query(UUID.class).list();
    }

    private void move(String table, List<UUID> ids, UUID to) {
        if (!ids.isEmpty()) {
            jdbc.sql("update " + table + " set customer_id = :to where id in (:ids)").param("to", to).param("ids", ids)
                    .update();
        }
    }

    /** Rows a merge moved, by table. */
    public record MovedDetails(List<UUID> contacts, List<UUID> addresses, List<UUID> consents) {
    }
}
