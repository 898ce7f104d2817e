/** Runbook pages. */
package cn.hoist.console.runbook.web;
