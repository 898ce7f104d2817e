/** Import and export pages and the {@code /api/imports} REST API. */
package cn.hoist.crm.addressbook.web;
