package cn.hoist.crm.customer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.customer.internal.DetailRepository;
import cn.hoist.crm.customer.internal.DetailRepository.ConsentRow;
import cn.hoist.crm.customer.internal.DetailRepository.ContactRow;
import cn.hoist.crm.privacy.PersonalField;
import cn.hoist.crm.security.Permissions;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;

/** Contacts, addresses and consent of a customer; changes are audit-logged. */
@Service
@PreAuthorize(Permissions.READ_CUSTOMERS)
public class CustomerDetailsService {

    private final CustomerService customers;
    private final DetailRepository details;
    private final PersonalFields fields;
    private final AuditLog audit;
    private final Clock clock;
    private final String policyVersion;

    CustomerDetailsService(CustomerService customers, DetailRepository details, PersonalFields fields,
            AuditLog audit, Clock clock,
            @Value("${hoist.crm.privacy-notice-version:2026-01}") String policyVersion) {
        this.customers = customers;
        this.details = details;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
        this.policyVersion = policyVersion;
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(UUID customerId) {
        return details.contacts(customerId).stream().map(fields::masked).toList();
    }

    @Transactional(readOnly = true)
    public List<Address> addresses(UUID customerId) {
        return details.addresses(customerId).stream().map(fields::masked).toList();
    }

    /** Every consent record, newest first. */
    @Transactional(readOnly = true)
    public List<Consent> consents(UUID customerId) {
        return details.consents(customerId).stream().map(CustomerDetailsService::consent).toList();
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Contact addContact(UUID customerId, Contact.Form form) {
        customers.get(customerId);
        ContactRow row = fields.toRow(UUID.randomUUID(), customerId, form, Timestamps.now(clock));
        details.insertContact(row);
        Contact contact = fields.masked(row);
        audit.record(AuditAction.CREATE, "CONTACT", customerId, contact.name(), null, contact);
        return contact;
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public void removeContact(UUID customerId, UUID contactId) {
        Contact before = contacts(customerId).stream().filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("customer.contactNotFound", contactId));
        details.deleteContact(customerId, contactId);
        audit.record(AuditAction.DELETE, "CONTACT", customerId, before.name(), before, null);
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Address addAddress(UUID customerId, Address.Form form) {
        customers.get(customerId);
        var row = fields.toRow(UUID.randomUUID(), customerId, form, Timestamps.now(clock));
        details.insertAddress(row);
        Address address = fields.masked(row);
        audit.record(AuditAction.CREATE, "ADDRESS", customerId, address.label(), null, address);
        return address;
    }

    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public void removeAddress(UUID customerId, UUID addressId) {
        Address before = addresses(customerId).stream().filter(a -> a.id().equals(addressId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("customer.addressNotFound", addressId));
        details.deleteAddress(customerId, addressId);
        audit.record(AuditAction.DELETE, "ADDRESS", customerId, before.label(), before, null);
    }

    /** Records consent given or withdrawn; withdrawal is one step, and both are kept in the history. */
    @Transactional
    @PreAuthorize(Permissions.EDIT_CUSTOMERS)
    public Consent recordConsent(UUID customerId, Consent.Form form) {
        customers.get(customerId);
        OffsetDateTime now = Timestamps.now(clock);
        ConsentRow row = new ConsentRow(UUID.randomUUID(), customerId, form.purpose().name(), form.channel().name(),
                form.granted(), policyVersion, now, AuditLog.currentActor());
        details.insertConsent(row);
        Consent consent = consent(row);
        audit.record(form.granted() ? AuditAction.CREATE : AuditAction.UPDATE, "CONSENT", customerId,
                form.purpose() + "/" + form.channel() + (form.granted() ? " granted" : " withdrawn"), null, consent);
        return consent;
    }

    /** A contact's mobile in clear; audit-logged. */
    @Transactional
    @PreAuthorize(Permissions.REVEAL_CONTACT)
    public String revealContactMobile(UUID customerId, UUID contactId) {
        ContactRow row = details.contacts(customerId).stream().filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("customer.contactNotFound", contactId));
        audit.record(AuditAction.REVEAL, "CONTACT", customerId, "MOBILE " + row.name(), null,
                Map.of("field", "MOBILE", "contactId", contactId));
        return fields.clear(PersonalField.MOBILE, row.mobileEnc());
    }

    private static Consent consent(ConsentRow row) {
        return new Consent(row.id(), row.customerId(), ConsentPurpose.valueOf(row.purpose()),
                ConsentChannel.valueOf(row.channel()), row.granted(), row.policyVersion(), row.recordedAt(),
                row.recordedBy());
    }
}
