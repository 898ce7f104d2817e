/**
 * Customers (people and companies): contacts, addresses, source channel, consent with its history, the search box,
 * merging duplicates with undo, and deletion. Personal data is stored encrypted through the privacy module and shown
 * masked. Depends on no other business module: vehicles and later features depend on it, hear its events
 * ({@link cn.hoist.crm.customer.CustomersMerged}, {@link cn.hoist.crm.customer.CustomerMergeUndone},
 * {@link cn.hoist.crm.customer.CustomerDeleted}) and implement its ports ({@link cn.hoist.crm.customer.CustomerReferences},
 * {@link cn.hoist.crm.customer.VehiclePlates}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package cn.hoist.crm.customer;
