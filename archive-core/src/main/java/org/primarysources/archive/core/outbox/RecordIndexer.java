package org.primarysources.archive.core.outbox;

import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.util.List;
import java.util.Map;

/**
 * The port through which published records reach the search index (implemented by archive-search). Calls must
 * be idempotent: a document's version is the record's version, so replays never put an old version over a new
 * one. Unreachable index → {@link IndexUnavailableException}; the outbox keeps the batch and retries. A document the
 * index refuses for a reason no retry can fix (one the mapping rejects) is returned as a refusal: the rest of the
 * batch is applied, and the outbox parks the refused row instead of retrying the whole batch for ever.
 */
public interface RecordIndexer {

    /**
     * Indexes the published records and removes the retracted ones, in one bulk request.
     *
     * @return the records the index refused, by record id, with the index's reason; empty when all were applied
     */
    Map<Long, String> apply(List<RecordDetails> published, List<Retraction> retracted);

    /**
     * Indexes published sources (their transcriptions are searchable as kind SOURCE). Implementations that do not
     * index sources may leave this as it is.
     *
     * @return the sources the index refused, by source id, with the index's reason
     */
    default Map<Long, String> applySources(List<SourceDetails> published) {
        return Map.of();
    }

    /** Starts building a fresh index beside the live one; searches keep using the live one until it is finished. */
    Rebuild rebuild();

    /** How many records the live index holds (for health and tests). */
    long count();

    /** A record retracted at a version: its document is removed (unless a newer version is already there). */
    record Retraction(long recordId, int version) {
    }

    /** A rebuild in progress: add every published record, then finish to swap the alias atomically. */
    interface Rebuild {
        void add(List<RecordDetails> published);

        /** Adds published sources; implementations that do not index sources may leave this as it is. */
        default void addSources(List<SourceDetails> published) {
        }

        /** Points the alias at the new index and drops the old one; returns the new index's name. */
        String finish();

        /** Drops the half-built index (the live one is untouched). */
        void abandon();
    }
}
