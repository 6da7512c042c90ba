package org.primarysources.archive.core.source;

/** Event, fired inside the publishing transaction: a source has a new published version. */
public record SourcePublished(long sourceId, int version) {
}
