package org.primarysources.archive.core.platform;

/** Fired once at start-up after the schema is migrated and validated: the database may now be used. */
public record SchemaReady() {
}
