/** Monitoring's REST API and pages: fleet overview, devices of a shop, one device, events. */
package cn.hoist.console.monitoring.web;
