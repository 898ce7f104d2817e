/** The fleet's REST API and pages. */
package cn.hoist.console.fleet.web;
