/** The on-disk spool and the sender that drains it; not for other modules. */
package cn.hoist.agent.reporting.internal;
