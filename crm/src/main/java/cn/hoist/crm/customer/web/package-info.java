/** Customer and merge pages, and the {@code /api/customers} and {@code /api/merges} REST APIs. */
package cn.hoist.crm.customer.web;
