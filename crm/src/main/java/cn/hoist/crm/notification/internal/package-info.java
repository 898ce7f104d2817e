/** The outbox table. */
package cn.hoist.crm.notification.internal;
