/** Staff and store storage; not for other modules. */
package cn.hoist.crm.staff.internal;
