/** The admin pages for users and stores. */
package cn.hoist.crm.staff.web;
