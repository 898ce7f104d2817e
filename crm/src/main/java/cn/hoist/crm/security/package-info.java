/** Who may do what in the CRM: staff roles enforced on the server for pages and API. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package cn.hoist.crm.security;
