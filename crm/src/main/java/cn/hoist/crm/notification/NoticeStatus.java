package cn.hoist.crm.notification;

/** Where a notice is on its way: waiting, sent, given up after its attempts, or withdrawn before sending. */
public enum NoticeStatus {
    PENDING, SENT, FAILED, CANCELLED
}
