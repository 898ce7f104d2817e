package cn.hoist.crm.repairitem;

/** Which labour standard applies: a normal job, a rush job, or rework of a job that came back. */
public enum HoursKind {
    NORMAL, RUSH, REWORK
}
