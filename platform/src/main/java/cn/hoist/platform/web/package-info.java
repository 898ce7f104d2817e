/** Web defaults: RFC 9457 problem details for every API error, and the user's language. */
package cn.hoist.platform.web;
