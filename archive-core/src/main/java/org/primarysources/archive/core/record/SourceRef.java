package org.primarysources.archive.core.record;

/** A link to a source by id, with its title. */
public record SourceRef(long id, String title) {
}
