package cn.hoist.crm.repairitem;

/** A skill a technician has and a repair item may need; shown as {@code skill.<name>}. */
public enum Skill {
    MAINTENANCE, ELECTRICAL, DIAGNOSTICS, BRAKES, TYRES, ALIGNMENT, AIR_CONDITIONING, ENGINE, TRANSMISSION, SUSPENSION,
    BODYWORK, PAINT, NEV_HIGH_VOLTAGE
}
