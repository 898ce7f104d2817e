/** The incident module's REST API. */
package cn.hoist.console.incident.web;
