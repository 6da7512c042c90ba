/**
 * Backup and restore of the archive's database through the JDBC driver alone: every table copied out in one
 * {@code REPEATABLE READ} snapshot with PostgreSQL's {@code COPY}, together with the schema version and the
 * sequences, and copied back into an empty database migrated to that version. Plain JDBC and Flyway, no
 * Jakarta EE: the launcher runs it outside the application server.
 */
package org.primarysources.archive.core.backup;
