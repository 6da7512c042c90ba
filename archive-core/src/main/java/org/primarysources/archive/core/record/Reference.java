package org.primarysources.archive.core.record;

/** A link to another item of the archive by id, with the name a reader sees. */
public record Reference(long id, String name) {
}
