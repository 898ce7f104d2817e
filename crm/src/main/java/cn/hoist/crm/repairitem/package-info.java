/**
 * The repair-item catalogue: what the shop does, with its labour standard (normal, rush and rework hours), the skill
 * a technician needs and the bay capability it needs. The vocabulary of skills and bay capabilities lives here, below
 * scheduling (bays, technicians) and work orders, which both keep item codes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Repair items")
package cn.hoist.crm.repairitem;
