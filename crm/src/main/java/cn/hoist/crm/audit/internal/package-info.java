/** Audit log storage; not for other modules. */
package cn.hoist.crm.audit.internal;
