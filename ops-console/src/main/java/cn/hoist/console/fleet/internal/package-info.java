/** Fleet persistence and secret handling; not for other modules. */
package cn.hoist.console.fleet.internal;
