/** Staff: user accounts with their roles and home store, and the shop's stores. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package cn.hoist.crm.staff;
