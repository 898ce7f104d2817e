/** Vehicle pages, linking vehicles and customers, and the {@code /api/vehicles} REST API (with a customer's vehicles). */
package cn.hoist.crm.vehicle.web;
