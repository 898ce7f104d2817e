/** Staff accounts stored in the program's own {@code app_user} table, and the first-start admin password. */
package cn.hoist.platform.account;
