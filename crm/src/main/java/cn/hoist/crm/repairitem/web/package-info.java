/** The catalogue's API. */
package cn.hoist.crm.repairitem.web;
