package cn.hoist.crm.vehicle;

/** How a customer is related to a vehicle. */
public enum LinkRole {
    OWNER, DRIVER, FLEET
}
