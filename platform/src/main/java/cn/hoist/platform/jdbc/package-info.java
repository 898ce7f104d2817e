/** JDBC helpers shared by the programs: SQL that differs between H2 and PostgreSQL, bulk writes. */
package cn.hoist.platform.jdbc;
