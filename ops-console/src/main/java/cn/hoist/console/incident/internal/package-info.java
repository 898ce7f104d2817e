/** The incident module's listeners and storage; not for other modules. */
package cn.hoist.console.incident.internal;
