package cn.hoist.crm.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.hoist.crm.audit.AuditPeople;
import cn.hoist.crm.staff.internal.StaffRepository;

/** Names the staff in the audit log. */
@Component
class StaffAuditPeople implements AuditPeople {

    private final StaffRepository repository;

    StaffAuditPeople(StaffRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Person> person(String username) {
        return repository.user(username).map(StaffAuditPeople::person);
    }

    @Override
    public Optional<String> storeName(String storeId) {
        return repository.stores().stream().filter(s -> s.id().toString().equals(storeId)).map(Store::name)
                .findFirst();
    }

    @Override
    public List<Person> all() {
        return repository.users().stream().map(StaffAuditPeople::person).toList();
    }

    private static Person person(StaffUser user) {
        return new Person(user.username(), user.displayName(), user.roles());
    }
}
