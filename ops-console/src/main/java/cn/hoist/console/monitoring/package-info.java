/**
 * Monitoring: what agents report about a shop's devices. Inventory, check results (latest state per
 * device and check, plus a short history for charts) and events arrive through the ingest module's
 * {@link cn.hoist.console.ingest.ReportHandler}; the device views, the fleet overview, the REST API and
 * the Prometheus export (which keeps the long history) read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package cn.hoist.console.monitoring;
