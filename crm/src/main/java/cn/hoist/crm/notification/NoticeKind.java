package cn.hoist.crm.notification;

/** What a notice tells the customer; its text is {@code notice.kind.<name>} with the notice's parameters. */
public enum NoticeKind {
    APPOINTMENT_CONFIRMED, APPOINTMENT_CHANGED, APPOINTMENT_CANCELLED, APPOINTMENT_REMINDER,
    /** A work order reached a stage; parameter {@code stage}. */
    WORK_ORDER_PROGRESS,
    /** An estimate waits for the customer's approval; the notice's link is the signed approval page. */
    WORK_ORDER_APPROVAL_REQUESTED
}
