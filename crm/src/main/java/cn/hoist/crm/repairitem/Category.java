package cn.hoist.crm.repairitem;

/** What kind of work a repair item is; shown as {@code repairItem.category.<name>}. */
public enum Category {
    MAINTENANCE, ELECTRICAL, BRAKES, TYRES, AIR_CONDITIONING, ENGINE, TRANSMISSION, SUSPENSION, BODY_PAINT, NEV,
    INSPECTION
}
