/**
 * The notification outbox: notices to customers written in the transaction of the change they tell of
 * ({@link Outbox#enqueue}), listed on the customer's profile; the sending channels (SMS, WeChat) arrive with a later
 * feature and work from the outbox. Knows no business module: appointments and work orders call it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.hoist.crm.notification;
