package cn.hoist.crm.customer;

import java.util.List;

/** One line of the address book export: personal data in clear (the export is a logged, manager-only reveal). */
public record AddressBookEntry(String name, CustomerKind kind, String mobile, String landline, String email,
        String address, String creditCode, SourceChannel source, List<String> plates) {
}
