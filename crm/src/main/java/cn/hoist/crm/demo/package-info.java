/** Demo data for trying the CRM out (Spring profile {@code demo}). */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package cn.hoist.crm.demo;
