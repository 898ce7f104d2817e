package cn.hoist.crm.repairitem;

/** What a service bay is equipped for and a repair item may need; shown as {@code bayCapability.<name>}. */
public enum BayCapability {
    LIFT, ALIGNMENT, NEV_HIGH_VOLTAGE, PAINT
}
