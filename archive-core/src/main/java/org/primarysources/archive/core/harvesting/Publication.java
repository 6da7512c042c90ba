package org.primarysources.archive.core.harvesting;

import org.primarysources.archive.core.record.RecordKind;

import java.time.Instant;

/**
 * The newest publication of a record or a source: when it was published (or retracted) and what a harvester sorts
 * it into. {@code recordKind} is null for a source; {@code sourceId} is a record's source or the source itself.
 */
public record Publication(ItemType type, long id, Instant publishedAt, boolean retracted, RecordKind recordKind,
                          long sourceId) {

    /** Where a harvest resumes after this publication. */
    public PublicationCursor cursor() {
        return new PublicationCursor(publishedAt, type, id);
    }
}
