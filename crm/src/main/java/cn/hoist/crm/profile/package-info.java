/**
 * The 360° profile of a customer: one page and one API answer that read from every module holding something about
 * them (customer details, vehicles, merges, the audit trail; later work orders, billing, reminders). A composition
 * module: it depends on the others, and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "360° profile")
package cn.hoist.crm.profile;
