/**
 * Monitoring: what agents report about a shop's devices. Inventory, check results (latest state per
 * device and check, plus a short history for charts) and events arrive as the ingest module's events
 * and are stored inside the ingest transaction; the device views, the fleet overview, the REST API and
 * the Prometheus export (which keeps the long history) read them. Publishes
 * {@link cn.hoist.console.monitoring.DeviceStateChanged} and {@link cn.hoist.console.monitoring.DeviceEventReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package cn.hoist.console.monitoring;
