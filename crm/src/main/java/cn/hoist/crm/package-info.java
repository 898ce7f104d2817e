/** The shop's CRM. Each direct sub-package is an application module. */
package cn.hoist.crm;
