/** Customer pages and the {@code /api/customers} REST API. */
package cn.hoist.crm.customer.web;
