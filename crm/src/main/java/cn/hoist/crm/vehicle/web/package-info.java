/** Vehicle pages and the {@code /api/vehicles} REST API. */
package cn.hoist.crm.vehicle.web;
