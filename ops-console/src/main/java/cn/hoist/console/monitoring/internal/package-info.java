/** Monitoring's report handlers, storage, queries, pruning and Prometheus export; not for other modules. */
package cn.hoist.console.monitoring.internal;
