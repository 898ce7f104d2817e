/** Secrets kept in files only their owner can read. */
package cn.hoist.platform.secrets;
