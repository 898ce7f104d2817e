/** The catalogue's table. */
package cn.hoist.crm.repairitem.internal;
