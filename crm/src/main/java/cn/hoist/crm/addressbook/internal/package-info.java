/** Reading and writing CSV and Excel files; not for other modules. */
package cn.hoist.crm.addressbook.internal;
