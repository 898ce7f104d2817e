package cn.hoist.crm.customer;

/** How the customer first came to the shop. */
public enum SourceChannel {
    WALK_IN, PHONE, MINI_PROGRAM, ONLINE_PLATFORM, REFERRAL, THIRD_PARTY
}
