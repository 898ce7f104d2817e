package cn.hoist.crm.customer;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.hoist.crm.cndata.CreditCodes;
import cn.hoist.crm.cndata.IdNumbers;
import cn.hoist.crm.cndata.Mobiles;
import cn.hoist.crm.customer.internal.CustomerRow;
import cn.hoist.crm.customer.internal.DetailRepository.AddressRow;
import cn.hoist.crm.customer.internal.DetailRepository.ContactRow;
import cn.hoist.crm.privacy.Masking;
import cn.hoist.crm.privacy.PersonalData;
import cn.hoist.crm.privacy.PersonalField;

/**
 * Between what staff enter and see and what is stored: normalises, encrypts and indexes personal
 * data on the way in, decrypts and masks it on the way out. Nothing here returns a clear value
 * except {@link #clear}, which only the audit-logged reveal uses.
 */
@Component
class PersonalFields {

    private final PersonalData data;

    PersonalFields(PersonalData data) {
        this.data = data;
    }

    /** The stored row for a form; blank personal fields keep the values of {@code previous}, if any. */
    CustomerRow toRow(UUID id, CustomerForm form, CustomerRow previous, OffsetDateTime created, OffsetDateTime now) {
        String mobile = form.mobile() == null ? null : Mobiles.normalize(form.mobile()).orElseThrow();
        String idNumber = form.idNumber() == null ? null : IdNumbers.normalize(form.idNumber());
        boolean keepId = idNumber == null && previous != null;
        StoredMobile stored = mobile == null && previous != null
                ? new StoredMobile(previous.mobileEnc(), previous.mobileHash(), previous.mobileTailHash())
                : stored(mobile);
        return new CustomerRow(id, form.kind().name(), form.name(), form.gender() == null ? null : form.gender().name(),
                form.birthday(), form.creditCode() == null ? null : CreditCodes.normalize(form.creditCode()),
                stored.enc(), stored.hash(), stored.tailHash(),
                keepId ? previous.idNumberEnc() : data.encrypt(PersonalField.ID_NUMBER, idNumber),
                keepId ? previous.idNumberHash() : data.blindIndex(PersonalField.ID_NUMBER, idNumber),
                form.landline(), form.email(), form.source().name(), form.storeId(), form.notes(),
                previous == null ? null : previous.mergedInto(), created, now);
    }

    ContactRow toRow(UUID id, UUID customerId, Contact.Form form, OffsetDateTime now) {
        StoredMobile stored = stored(form.mobile() == null ? null : Mobiles.normalize(form.mobile()).orElseThrow());
        return new ContactRow(id, customerId, form.name(), form.relation(), stored.enc(), stored.hash(),
                stored.tailHash(), form.landline(), form.email(), now);
    }

    /** How a mobile is stored: encrypted, with its blind index and that of its last four digits; nulls for none. */
    record StoredMobile(String enc, String hash, String tailHash) {
    }

    /** A normalised mobile (E.164) as it is stored. */
    StoredMobile stored(String e164) {
        return new StoredMobile(data.encrypt(PersonalField.MOBILE, e164), mobileHash(e164), tailHash(e164));
    }

    AddressRow toRow(UUID id, UUID customerId, Address.Form form, OffsetDateTime now) {
        return new AddressRow(id, customerId, form.label(), data.encrypt(PersonalField.ADDRESS, form.address()), now);
    }

    Customer masked(CustomerRow row, String addressEnc) {
        return new Customer(row.id(), CustomerKind.valueOf(row.kind()), row.name(),
                row.gender() == null ? null : Gender.valueOf(row.gender()), row.birthday(), row.creditCode(),
                Masking.mobile(data.decrypt(PersonalField.MOBILE, row.mobileEnc())),
                Masking.idNumber(data.decrypt(PersonalField.ID_NUMBER, row.idNumberEnc())), row.landline(),
                row.email(), Masking.address(data.decrypt(PersonalField.ADDRESS, addressEnc)),
                SourceChannel.valueOf(row.source()), row.storeId(), row.notes(), row.mergedInto(), row.createdAt(),
                row.updatedAt());
    }

    Contact masked(ContactRow row) {
        return new Contact(row.id(), row.customerId(), row.name(), row.relation(),
                Masking.mobile(data.decrypt(PersonalField.MOBILE, row.mobileEnc())), row.landline(), row.email(),
                row.createdAt());
    }

    Address masked(AddressRow row) {
        return new Address(row.id(), row.customerId(), row.label(),
                Masking.address(data.decrypt(PersonalField.ADDRESS, row.addressEnc())), row.createdAt());
    }

    /** The clear value of a stored field: only for an audit-logged reveal or an export. */
    String clear(PersonalField field, String stored) {
        String value = data.decrypt(field, stored);
        return field == PersonalField.MOBILE && value != null ? Mobiles.national(value) : value;
    }

    /** Whether a stored field holds this (normalised) value; the clear value stays in here. */
    boolean same(PersonalField field, String stored, String value) {
        return value != null && value.equals(data.decrypt(field, stored));
    }

    String mobileHash(String e164) {
        return data.blindIndex(PersonalField.MOBILE, e164);
    }

    String tailHash(String e164) {
        return e164 == null ? null : data.blindIndex(PersonalField.MOBILE_TAIL, Mobiles.tail(e164));
    }

    String tailHashOfDigits(String lastFour) {
        return data.blindIndex(PersonalField.MOBILE_TAIL, lastFour);
    }

    String idNumberHash(String normalized) {
        return data.blindIndex(PersonalField.ID_NUMBER, normalized);
    }

    /** What the audit log keeps of a customer: everything, personal data masked. */
    static Map<String, Object> snapshot(Customer c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", c.kind());
        state.put("name", c.name());
        state.put("gender", c.gender());
        state.put("birthday", c.birthday());
        state.put("creditCode", c.creditCode());
        state.put("mobile", c.mobile());
        state.put("idNumber", c.idNumber());
        state.put("landline", c.landline());
        state.put("email", c.email());
        state.put("address", c.address());
        state.put("source", c.source());
        state.put("storeId", c.storeId());
        state.put("notes", c.notes());
        return state;
    }
}
