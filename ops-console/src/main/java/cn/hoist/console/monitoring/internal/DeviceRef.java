package cn.hoist.console.monitoring.internal;

/** What ingest needs to know of a stored device: its id, and whether it is retired. */
record DeviceRef(long id, String name, boolean retired) {
}
