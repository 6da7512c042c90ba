package org.primarysources.archive.core.harvesting;

import java.time.Instant;
import java.util.Comparator;

/**
 * A place in the archive's publications, ordered by publication time, then records before sources, then id: a
 * harvest resumes after the last item it was given. Publications never move earlier, so nothing is skipped when
 * items are published or retracted during a harvest; an item published again moves to the end and comes again.
 */
public record PublicationCursor(Instant publishedAt, ItemType type, long id) implements Comparable<PublicationCursor> {

    private static final Comparator<PublicationCursor> ORDER = Comparator.comparing(PublicationCursor::publishedAt)
            .thenComparing(PublicationCursor::type).thenComparingLong(PublicationCursor::id);

    @Override
    public int compareTo(PublicationCursor other) {
        return ORDER.compare(this, other);
    }
}
