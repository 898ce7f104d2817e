package cn.hoist.crm.customer;

/** As the customer states it; optional. */
public enum Gender {
    MALE, FEMALE
}
