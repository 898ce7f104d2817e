package cn.hoist.crm.customer;

/** Person or company (a company has a unified social credit code). */
public enum CustomerKind {
    PERSON, COMPANY
}
