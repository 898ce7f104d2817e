/** The start page staff see after signing in. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package cn.hoist.crm.home;
