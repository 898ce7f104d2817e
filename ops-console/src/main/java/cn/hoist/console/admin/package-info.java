/**
 * Spring Boot Admin, served under {@code /admin}: watches the CRM instances (which register
 * themselves) and the console itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spring Boot Admin")
package cn.hoist.console.admin;
