/** The audit log: every create, update, delete and reveal of customer data, with who, when, before and after. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package cn.hoist.crm.audit;
