package cn.hoist.crm.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.notification.internal.OutboxRepository;
import cn.hoist.platform.Timestamps;

/**
 * Writes notices in the caller's transaction (a notice exists exactly when its change was committed) and lists
 * them. Sending channels come later and mark rows SENT or FAILED.
 */
@Service
public class Outbox {

    private final OutboxRepository repository;
    private final Clock clock;

    Outbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Writes a notice; with a dedup key already in the outbox, writes nothing and returns empty. Must run inside the
     * transaction of the change the notice tells of.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notice> enqueue(NewNotice notice) {
        Instant now = Timestamps.now(clock).toInstant();
        Instant due = notice.dueAt() == null ? now : notice.dueAt().truncatedTo(ChronoUnit.MICROS);
        return repository.insert(UUID.randomUUID(), notice, due, now, AuditLog.currentActor());
    }

    /**
     * Withdraws the pending notices of one kind about one object (a reminder for an appointment that was cancelled),
     * in the caller's transaction; returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelPending(String subjectType, String subjectId, NoticeKind kind) {
        return repository.cancelPending(subjectType, subjectId, kind);
    }

    /** A customer's notices, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> forCustomer(UUID customerId, int limit) {
        return repository.forCustomer(customerId, limit);
    }

    /** The notices about one object (an appointment, a work order), oldest first. */
    @Transactional(readOnly = true)
    public List<Notice> forSubject(String subjectType, String subjectId) {
        return repository.forSubject(subjectType, subjectId);
    }
}
