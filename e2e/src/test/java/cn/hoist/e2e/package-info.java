/** End-to-end tests of the shipped programs, started the way a user starts them. */
package cn.hoist.e2e;
