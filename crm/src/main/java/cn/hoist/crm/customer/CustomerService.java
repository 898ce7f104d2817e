package cn.hoist.crm.customer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.cndata.CreditCodes;
import cn.hoist.crm.cndata.IdNumbers;
import cn.hoist.crm.cndata.Mobiles;
import cn.hoist.crm.customer.internal.CustomerRepository;
import cn.hoist.crm.customer.internal.CustomerRow;
import cn.hoist.crm.customer.internal.DetailRepository;
import cn.hoist.crm.customer.internal.DetailRepository.AddressRow;
import cn.hoist.crm.privacy.Masking;
import cn.hoist.crm.privacy.PersonalField;
import cn.hoist.crm.security.Permissions;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.ProblemException;
import cn.hoist.platform.web.ProblemTypes;

/** Registers, changes, lists and deletes customers, and reveals their personal data; all audit-logged. */
@Service
@PreAuthorize(Permissions.READ_CUSTOMERS)
public class CustomerService {

    static final String ENTITY = "CUSTOMER";

    private final CustomerRepository customers;
    private final DetailRepository details;
    private final PersonalFields fields;
    private final DeleteCheck deleteCheck;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerService(CustomerRepository customers, DetailRepository details, PersonalFields fields,
            DeleteCheck deleteCheck, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.details = details;
        this.fields = fields;
        this.deleteCheck = deleteCheck;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Customer create(CustomerForm form) {
        checkRules(form, null);
        OffsetDateTime now = Timestamps.now(clock);
        CustomerRow row = fields.toRow(UUID.randomUUID(), form, null, now, now);
        customers.insert(row);
        AddressRow address = form.address() == null ? null
                : fields.toRow(UUID.randomUUID(), row.id(), new Address.Form(null, form.address()), now);
        if (address != null) {
            details.insertAddress(address);
        }
        Customer created = fields.masked(row, address == null ? null : address.addressEnc());
        audit.record(AuditAction.CREATE, ENTITY, row.id(), created.name(), null, PersonalFields.snapshot(created));
        return created;
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Customer update(UUID id, CustomerForm form) {
        CustomerRow previous = row(id);
        Customer before = get(id);
        checkRules(form, id);
        OffsetDateTime now = Timestamps.now(clock);
        customers.update(fields.toRow(id, form, previous, previous.createdAt(), now));
        if (form.address() != null) {
            List<AddressRow> addresses = details.addresses(id);
            if (!addresses.isEmpty()) {
                details.deleteAddress(id, addresses.get(0).id());
            }
            AddressRow main = fields.toRow(addresses.isEmpty() ? UUID.randomUUID() : addresses.get(0).id(), id,
                    new Address.Form(addresses.isEmpty() ? null : addresses.get(0).label(), form.address()),
                    addresses.isEmpty() ? now : addresses.get(0).createdAt());
            details.insertAddress(main);
        }
        Customer after = get(id);
        audit.record(AuditAction.UPDATE, ENTITY, id, after.name(), PersonalFields.snapshot(before),
                PersonalFields.snapshot(after));
        return after;
    }

    /**
     * Compares the customer with another record of them, field by field (not the mobile, which is
     * what matched them, nor kind, store and notes); a field the record leaves empty is not compared.
     */
    @Transactional(readOnly = true)
    public Completion completion(UUID id, CustomerForm other) {
        CustomerRow row = row(id);
        String addressEnc = details.addresses(id).stream().findFirst().map(AddressRow::addressEnc).orElse(null);
        Customer c = fields.masked(row, addressEnc);
        String idNumber = other.idNumber() == null ? null : IdNumbers.normalize(other.idNumber());
        String creditCode = other.creditCode() == null ? null : CreditCodes.normalize(other.creditCode());
        List<Compared> compared = List.of(Compared.plain("name", c.name(), other.name()),
                Compared.plain("gender", c.gender(), other.gender()),
                Compared.plain("birthday", c.birthday(), other.birthday()),
                new Compared("idNumber", c.idNumber(), Masking.idNumber(idNumber),
                        fields.same(PersonalField.ID_NUMBER, row.idNumberEnc(), idNumber)),
                Compared.plain("creditCode", c.creditCode(), creditCode),
                Compared.plain("landline", c.landline(), other.landline()),
                Compared.plain("email", c.email(), other.email()),
                new Compared("address", c.address(), Masking.address(other.address()),
                        fields.same(PersonalField.ADDRESS, addressEnc, other.address())),
                Compared.plain("source", c.source(), other.source()));
        List<String> missing = new ArrayList<>();
        List<Completion.Difference> differences = new ArrayList<>();
        for (Compared field : compared) {
            if (field.other() == null || field.same()) {
                continue;
            }
            if (field.kept() == null) {
                missing.add(field.name());
            } else {
                differences.add(new Completion.Difference(field.name(), field.kept(), field.other()));
            }
        }
        return new Completion(missing, differences);
    }

    /**
     * Fills the customer's empty fields from another record of them; what the CRM has stays. Audit-logged
     * as an update. Returns the fields filled (see {@link #completion}).
     */
    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public List<String> complete(UUID id, CustomerForm other) {
        List<String> missing = completion(id, other).missing();
        if (!missing.isEmpty()) {
            Customer c = get(id);
            update(id, new CustomerForm(c.kind(), c.name(), fill(c.gender(), other.gender()),
                    fill(c.birthday(), other.birthday()), null, c.idNumber() == null ? other.idNumber() : null,
                    fill(c.creditCode(), other.creditCode()), fill(c.landline(), other.landline()),
                    fill(c.email(), other.email()), c.address() == null ? other.address() : null, c.source(),
                    c.storeId(), c.notes()));
        }
        return missing;
    }

    /**
     * Deletes a customer with their contacts, addresses and consent; refused, with every blocking reference listed,
     * while any module still refers to them ({@link CustomerReferences}: vehicle links, merges, ...).
     */
    @Transactional
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public void delete(UUID id) {
        Customer before = get(id);
        deleteCheck.check(before);
        details.deleteAll(id);
        customers.delete(id);
        audit.record(AuditAction.DELETE, ENTITY, id, before.name(), PersonalFields.snapshot(before), null);
        events.publishEvent(new CustomerDeleted(id));
    }

    /** The names of those customers that exist and are not merged away; for pages that list customers by id. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        customers.findAll(List.copyOf(ids)).stream().filter(r -> r.mergedInto() == null)
                .forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public Customer get(UUID id) {
        CustomerRow row = row(id);
        List<AddressRow> addresses = details.addresses(id);
        return fields.masked(row, addresses.isEmpty() ? null : addresses.get(0).addressEnc());
    }

    @Transactional(readOnly = true)
    public Page<Customer> list(String sort, boolean descending, int page, int size) {
        List<Customer> items = customers.page(sort, descending, page, size).stream()
                .map(row -> fields.masked(row, null)).toList();
        return new Page<>(items, page, size, customers.countActive());
    }

    /** The customer's mobile or address in clear, for staff whose role allows it; the reveal is audit-logged. */
    @Transactional
    @PreAuthorize(Permissions.REVEAL_CONTACT)
    public String revealContact(UUID id, RevealableField field) {
        CustomerRow row = row(id);
        String value = switch (field) {
            case MOBILE -> fields.clear(PersonalField.MOBILE, row.mobileEnc());
            case ADDRESS -> details.addresses(id).stream().findFirst()
                    .map(a -> fields.clear(PersonalField.ADDRESS, a.addressEnc())).orElse(null);
            case ID_NUMBER -> throw new AccessDeniedException("ID numbers are revealed by revealIdNumber");
        };
        audit.record(AuditAction.REVEAL, ENTITY, id, field.name(), null, Map.of("field", field.name()));
        return value;
    }

    /** The customer's ID number in clear (sensitive personal data: managers only); audit-logged. */
    @Transactional
    @PreAuthorize(Permissions.REVEAL_ID_NUMBER)
    public String revealIdNumber(UUID id) {
        String value = fields.clear(PersonalField.ID_NUMBER, row(id).idNumberEnc());
        audit.record(AuditAction.REVEAL, ENTITY, id, RevealableField.ID_NUMBER.name(), null,
                Map.of("field", RevealableField.ID_NUMBER.name()));
        return value;
    }

    /** The customers holding this ID number (at most one): none when it is free or not a valid number. */
    @Transactional(readOnly = true)
    public List<UUID> idsByIdNumber(String idNumber) {
        String number = IdNumbers.normalize(idNumber);
        if (!IdNumbers.isValid(number)) {
            return List.of();
        }
        return customers.findByIdNumberHash(fields.idNumberHash(number)).stream().map(CustomerRow::id).toList();
    }

    /** Active customers with this mobile number (the dedup key of imports). */
    @Transactional(readOnly = true)
    public List<UUID> idsByMobile(String mobile) {
        return Mobiles.normalize(mobile).map(e164 -> customers.findByMobileHash(fields.mobileHash(e164)).stream()
                .map(CustomerRow::id).toList()).orElse(List.of());
    }

    private CustomerRow row(UUID id) {
        return customers.find(id).orElseThrow(() -> ProblemException.notFound("customer.notFound", id));
    }

    /** What bean validation cannot see: a company needs its credit code, and mobile and ID number are unique. */
    private void checkRules(CustomerForm form, UUID self) {
        if (form.kind() == CustomerKind.COMPANY && form.creditCode() == null) {
            throw fieldProblem("creditCode", "customer.creditCodeRequired");
        }
        if (form.creditCode() != null && !CreditCodes.isValid(CreditCodes.normalize(form.creditCode()))) {
            throw fieldProblem("creditCode", "cndata.credit-code.invalid");
        }
        if (form.mobile() != null) {
            String e164 = Mobiles.normalize(form.mobile())
                    .orElseThrow(() -> fieldProblem("mobile", "cndata.mobile.invalid"));
            customers.findByMobileHash(fields.mobileHash(e164)).stream().filter(c -> !c.id().equals(self)).findFirst()
                    .ifPresent(c -> {
                        throw duplicate("mobile", "customer.mobileTaken", c);
                    });
        }
        if (form.idNumber() != null) {
            String number = IdNumbers.normalize(form.idNumber());
            if (!IdNumbers.isValid(number)) {
                throw fieldProblem("idNumber", "cndata.id-number.invalid");
            }
            customers.findByIdNumberHash(fields.idNumberHash(number)).stream().filter(c -> !c.id().equals(self))
                    .findFirst().ifPresent(c -> {
                        throw duplicate("idNumber", "customer.idNumberTaken", c);
                    });
        }
    }

    private static <T> T fill(T kept, T other) {
        return kept != null ? kept : other;
    }

    /** One field of {@link #completion}: the CRM's value as shown, the other record's, whether they are the same. */
    private record Compared(String name, Object kept, Object other, boolean same) {

        static Compared plain(String name, Object kept, Object other) {
            return new Compared(name, kept, other, Objects.equals(kept, other));
        }
    }

    static ProblemException fieldProblem(String field, String messageKey) {
        return new ProblemException(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST,
                messageKey, Map.of("field", field));
    }

    private static ProblemException duplicate(String field, String messageKey, CustomerRow existing) {
        return new ProblemException(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, messageKey,
                Map.of("field", field, "customerId", existing.id()), existing.name());
    }
}
