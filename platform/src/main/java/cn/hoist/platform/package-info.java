/** What every Hoist program shares: accounts, problem details, i18n and security defaults. */
package cn.hoist.platform;
