package cn.hoist.crm.customer;

/** The channel a consent covers. */
public enum ConsentChannel {
    SMS, WECHAT, EMAIL, PHONE
}
