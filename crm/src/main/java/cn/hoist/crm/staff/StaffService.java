package cn.hoist.crm.staff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.security.CachingAuthenticationProvider;
import cn.hoist.crm.security.Permissions;
import cn.hoist.crm.security.Roles;
import cn.hoist.crm.staff.internal.StaffRepository;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;

/** Staff accounts and stores, managed by admins; every change is audit-logged. */
@Service
@PreAuthorize(Permissions.MANAGE_STAFF)
public class StaffService {

    private final StaffRepository repository;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CachingAuthenticationProvider signIns;
    private final Clock clock;

    StaffService(StaffRepository repository, PasswordEncoder encoder, AuditLog audit,
            CachingAuthenticationProvider signIns, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.signIns = signIns;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffUser> users() {
        return repository.users();
    }

    @Transactional(readOnly = true)
    public StaffUser user(String username) {
        return repository.user(username).orElseThrow(() -> ProblemException.notFound("staff.notFound", username));
    }

    @Transactional
    public StaffUser create(StaffForm form) {
        checkRoles(form.roles());
        checkStore(form.storeId());
        if (form.password() == null) {
            throw ProblemException.invalid("staff.password.tooShort");
        }
        if (repository.user(form.username()).isPresent()) {
            throw ProblemException.conflict("staff.usernameTaken", form.username());
        }
        repository.insert(form, encoder.encode(form.password()), Timestamps.now(clock));
        StaffUser created = user(form.username());
        audit.record(AuditAction.CREATE, "USER", created.username(), created.username(), null, snapshot(created));
        return created;
    }

    @Transactional
    public StaffUser update(String username, StaffForm form) {
        checkRoles(form.roles());
        checkStore(form.storeId());
        StaffUser before = user(username);
        boolean losesAdmin = before.roles().contains(Roles.ADMIN) && before.enabled()
                && (!form.roles().contains(Roles.ADMIN) || !form.enabled());
        if (losesAdmin && repository.enabledAdmins() <= 1) {
            throw ProblemException.conflict("staff.lastAdmin");
        }
        repository.update(username, form, Timestamps.now(clock));
        if (form.password() != null) {
            repository.changePassword(username, encoder.encode(form.password()), Timestamps.now(clock));
        }
        signIns.evict(username);
        StaffUser after = user(username);
        Map<String, Object> changed = snapshot(after);
        if (form.password() != null) {
            changed.put("password", "changed");
        }
        audit.record(AuditAction.UPDATE, "USER", username, username, snapshot(before), changed);
        return after;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.READ_CUSTOMERS)
    public List<Store> stores() {
        return repository.stores();
    }

    @Transactional
    public Store createStore(NewStore store) {
        if (repository.storeCodeExists(store.code())) {
            throw ProblemException.conflict("staff.store.codeTaken", store.code());
        }
        Store created = repository.insertStore(store, Timestamps.now(clock));
        audit.record(AuditAction.CREATE, "STORE", created.id(), created.name(), null, created);
        return created;
    }

    private void checkStore(UUID storeId) {
        if (storeId != null && repository.stores().stream().noneMatch(store -> store.id().equals(storeId))) {
            throw ProblemException.invalid("staff.store.unknown");
        }
    }

    private static void checkRoles(List<String> roles) {
        for (String role : roles) {
            if (!Roles.STAFF.contains(role)) {
                throw ProblemException.invalid("staff.roles.unknown", role);
            }
        }
    }

    private static Map<String, Object> snapshot(StaffUser user) {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("username", user.username());
        state.put("displayName", user.displayName());
        state.put("roles", user.roles());
        state.put("store", user.storeName());
        state.put("enabled", user.enabled());
        return state;
    }
}
