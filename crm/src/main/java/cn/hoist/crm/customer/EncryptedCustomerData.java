package cn.hoist.crm.customer;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import cn.hoist.crm.privacy.EncryptedColumns;
import cn.hoist.crm.privacy.PersonalData;
import cn.hoist.crm.privacy.PersonalField;

/**
 * The customers' encrypted columns (mobiles, ID numbers, addresses, contacts' mobiles) with the blind
 * indexes beside them, for the data key's check and rotation. Rows are re-encrypted a page at a time
 * in id order; the rotation's transaction spans all of them.
 */
@Component
class EncryptedCustomerData implements EncryptedColumns {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    EncryptedCustomerData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Stored> anyValue() {
        return first("customer", "mobile_enc", PersonalField.MOBILE)
                .or(() -> first("customer", "id_number_enc", PersonalField.ID_NUMBER))
                .or(() -> first("customer_contact", "mobile_enc", PersonalField.MOBILE))
                .or(() -> first("customer_address", "address_enc", PersonalField.ADDRESS));
    }

    @Override
    public void rekey(PersonalData from, PersonalData to, Progress progress) {
        PersonalFields toFields = new PersonalFields(to);
        rekey(progress, "customers", "customer", List.of("mobile_enc", "id_number_enc"),
                List.of("mobile_enc", "mobile_hash", "mobile_tail_hash", "id_number_enc", "id_number_hash"), row -> {
                    PersonalFields.StoredMobile mobile = toFields.stored(from.decrypt(PersonalField.MOBILE, row[0]));
                    String idNumber = from.decrypt(PersonalField.ID_NUMBER, row[1]);
                    return new Object[] {mobile.enc(), mobile.hash(), mobile.tailHash(),
                        to.encrypt(PersonalField.ID_NUMBER, idNumber), toFields.idNumberHash(idNumber)};
                });
        rekey(progress, "contacts", "customer_contact", List.of("mobile_enc"),
                List.of("mobile_enc", "mobile_hash", "mobile_tail_hash"), row -> {
                    PersonalFields.StoredMobile mobile = toFields.stored(from.decrypt(PersonalField.MOBILE, row[0]));
                    return new Object[] {mobile.enc(), mobile.hash(), mobile.tailHash()};
                });
        rekey(progress, "addresses", "customer_address", List.of("address_enc"), List.of("address_enc"),
                row -> new Object[] {to.encrypt(PersonalField.ADDRESS, from.decrypt(PersonalField.ADDRESS, row[0]))});
    }

    /** Sets the columns {@code write} of every row with a value in {@code read} to what {@code rekey} makes of those. */
    private void rekey(Progress progress, String name, String table, List<String> read, List<String> write,
            Function<String[], Object[]> rekey) {
        String anyValue = read.stream().map(column -> column + " is not null").collect(joining(" or ", "(", ")"));
        progress.table(name, jdbc.queryForObject("select count(*) from " + table + " where " + anyValue, Long.class));
        String select = "select id, " + String.join(", ", read) + " from " + table + " where " + anyValue;
        String order = " order by id fetch first " + PAGE + " rows only";
        String update = "update " + table + " set " + write.stream().map(column -> column + " = ?").collect(joining(", "))
                + " where id = ?";
        int idIndex = write.size();
        UUID last = null;
        while (true) {
            List<Object[]> page = new ArrayList<>(PAGE);
            RowCallbackHandler rekeyRow = rs -> {
                String[] row = new String[read.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 2);
                }
                UUID id = rs.getObject(1, UUID.class);
                Object[] values;
                try {
                    values = Arrays.copyOf(rekey.apply(row), idIndex + 1);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(table + " " + id + ": " + e.getMessage(), e);
                }
                values[idIndex] = id;
                page.add(values);
            };
            if (last == null) {
                jdbc.query(select + order, rekeyRow);
            } else {
                jdbc.query(select + " and id > ?" + order, rekeyRow, last);
            }
            if (page.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(update, page);
            progress.done(page.size());
            last = (UUID) page.get(page.size() - 1)[idIndex];
        }
    }

    private Optional<Stored> first(String table, String column, PersonalField field) {
        return jdbc.query("select " + column + " from " + table + " where " + column + " is not null fetch first 1 rows only",
                (rs, n) -> rs.getString(1)).stream().findFirst().map(value -> new Stored(field, value));
    }
}
