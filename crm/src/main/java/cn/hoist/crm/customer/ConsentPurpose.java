package cn.hoist.crm.customer;

/** What a consent is for: service notices (reminders, progress) or marketing. */
public enum ConsentPurpose {
    SERVICE, MARKETING
}
