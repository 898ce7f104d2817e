/**
 * The address book in bulk: import of customers and vehicles from CSV or Excel with a preview,
 * per-row errors and dedup on mobile and plate; export as CSV or Excel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Address book import and export")
package cn.hoist.crm.addressbook;
