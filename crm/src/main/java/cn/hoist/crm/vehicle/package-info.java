/**
 * Vehicles: VIN, plates over time, the model library, odometer readings, insurance and inspection
 * dates, and which customers a vehicle belongs to (by customer id, so this module does not depend
 * on the customer module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vehicles")
package cn.hoist.crm.vehicle;
