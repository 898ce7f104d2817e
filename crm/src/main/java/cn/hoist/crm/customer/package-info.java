/**
 * Customers (people and companies): contacts, addresses, source channel, consent with its history,
 * the search box, merging duplicates, and the 360° profile. Personal data is stored encrypted
 * through the privacy module and shown masked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package cn.hoist.crm.customer;
