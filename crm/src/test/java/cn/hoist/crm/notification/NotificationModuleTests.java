package cn.hoist.crm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on its own: notices only inside a change's transaction, rolled back with it, deduplicated. */
@ApplicationModuleTest
class NotificationModuleTests {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNoticeIsWrittenOnlyInTheTransactionOfItsChangeAndGoesWithIt() {
        UUID customer = UUID.randomUUID();
        NewNotice confirmed = NewNotice.now(customer, null, NoticeKind.APPOINTMENT_CONFIRMED, "APPOINTMENT", "a-1",
                Map.of("time", "12月4日 09:30"), null);

        assertThatThrownBy(() -> outbox.enqueue(confirmed)).isInstanceOf(IllegalTransactionStateException.class);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.enqueue(confirmed);
            throw new IllegalStateException("the booking failed");
        })).hasMessage("the booking failed");
        assertThat(outbox.forCustomer(customer, 10)).isEmpty();

        transactions.executeWithoutResult(status -> outbox.enqueue(confirmed));
        assertThat(outbox.forCustomer(customer, 10)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NoticeKind.APPOINTMENT_CONFIRMED);
            assertThat(notice.params()).containsEntry("time", "12月4日 09:30");
            assertThat(notice.status()).isEqualTo(NoticeStatus.PENDING);
            assertThat(notice.dueAt()).isEqualTo(notice.createdAt());
        });
    }

    @Test
    void aDedupKeyWritesAReminderOnceAndCancellingWithdrawsOnlyPendingOnesOfThatKind() {
        UUID customer = UUID.randomUUID();
        Instant dayBefore = Instant.now().plus(1, ChronoUnit.DAYS);
        NewNotice reminder = new NewNotice(customer, null, NoticeKind.APPOINTMENT_REMINDER, "APPOINTMENT", "a-2",
                Map.of(), null, dayBefore, "reminder:a-2");

        Optional<Notice> first = transactions.execute(status -> outbox.enqueue(reminder));
        Optional<Notice> again = transactions.execute(status -> outbox.enqueue(reminder));
        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        transactions.executeWithoutResult(status -> outbox.enqueue(NewNotice.now(customer, null,
                NoticeKind.APPOINTMENT_CANCELLED, "APPOINTMENT", "a-2", Map.of(), null)));

        Integer cancelled = transactions.execute(status -> outbox.cancelPending("APPOINTMENT", "a-2",
                NoticeKind.APPOINTMENT_REMINDER));
        assertThat(cancelled).isEqualTo(1);
        assertThat(outbox.forSubject("APPOINTMENT", "a-2"))
                .extracting(Notice::kind, Notice::status)
                .containsExactly(
                        tuple(NoticeKind.APPOINTMENT_REMINDER, NoticeStatus.CANCELLED),
                        tuple(NoticeKind.APPOINTMENT_CANCELLED, NoticeStatus.PENDING));
    }
}
