/** Flyway's Java migrations: data moves that one SQL file cannot do on both H2 and PostgreSQL (SQL ones: resources). */
package db.migration;
