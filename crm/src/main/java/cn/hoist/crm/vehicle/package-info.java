/**
 * Vehicles: VIN, plates over time, the model library, odometer readings, insurance and inspection dates, and which
 * customers a vehicle belongs to. Depends on the customer module's API (never the other way round): its links follow
 * customer merges and their undo as events, a linked vehicle blocks a customer's deletion ({@code CustomerReferences}),
 * and it answers the customer search's plate questions ({@code VehiclePlates}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vehicles")
package cn.hoist.crm.vehicle;
