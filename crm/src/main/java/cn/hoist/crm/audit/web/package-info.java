/** The audit log page for managers. */
package cn.hoist.crm.audit.web;
