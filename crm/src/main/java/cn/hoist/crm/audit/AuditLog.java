package cn.hoist.crm.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.internal.AuditRepository;
import cn.hoist.crm.security.Permissions;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.Page;
import cn.hoist.platform.web.PageTimes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the caller's transaction, so an entry exists exactly when the change it
 * describes was committed. Snapshots must already be masked: the log is readable by managers who
 * may not see personal data in clear.
 */
@Service
public class AuditLog {

    /** The actor of changes made by the system itself (demo data, scheduled jobs). */
    public static final String SYSTEM = "system";
    private static final int MAX_STATE = 20_000;

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final PageTimes times;

    AuditLog(AuditRepository repository, JsonMapper json, Clock clock, PageTimes times) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.times = times;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String entityType, Object entityId, String summary, Object before,
            Object after) {
        repository.insert(Timestamps.now(clock), currentActor(), action, entityType,
                entityId == null ? null : entityId.toString(), clip(summary, 300), state(before), state(after));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.READ_AUDIT)
    public Page<AuditEntry> find(AuditFilter filter, int page, int size) {
        return repository.find(filter, times.zone(), page, size);
    }

    /** The trail of one entity, newest first, for its own page (any staff who may see the entity). */
    @Transactional(readOnly = true)
    public List<AuditEntry> trail(String entityType, Object entityId, int limit) {
        return repository.find(AuditFilter.forEntity(entityType, entityId.toString()), times.zone(), 0, limit)
                .items();
    }

    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private String state(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        return clip(snapshot instanceof String text ? text : json.writeValueAsString(snapshot), MAX_STATE);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
