package cn.hoist.crm.customer;

/** Personal data a member of staff may ask to see in clear (each time audit-logged). */
public enum RevealableField {
    MOBILE, ID_NUMBER, ADDRESS
}
