/** The IT vendor's operations console. Each direct sub-package is an application module. */
package cn.hoist.console;
