/** Schema validation and sequence bookkeeping of the agent protocol. */
package cn.hoist.console.ingest.internal;
