package org.primarysources.archive.core.record;

/** Event, fired inside the publishing transaction: a record has a new published version (or was retracted). */
public record RecordPublished(long recordId, int version, boolean retracted) {
}
