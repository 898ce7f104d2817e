/** Personal data protection (PIPL): field encryption, keyed blind indexes and masked display. */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package cn.hoist.crm.privacy;
