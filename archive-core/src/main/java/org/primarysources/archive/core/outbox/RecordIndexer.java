package org.primarysources.archive.core.outbox;

import org.primarysources.archive.core.platform.DatabaseIdentity;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which published records reach the search index (implemented by archive-search). Calls must
 * be idempotent: a document's version is the record's version, so replays never put an old version over a new
 * one. Unreachable index → {@link IndexUnavailableException}; the outbox keeps the batch and retries. A document the
 * index refuses for a reason no retry can fix (one the mapping rejects) is returned as a refusal: the rest of the
 * batch is applied, and the outbox parks the refused row instead of retrying the whole batch for ever.
 * <p>
 * Every index the indexer creates carries the {@link DatabaseIdentity} of the database it is filled from. An index
 * of another database is never written to: ids and versions would clash with what is already there, and updates would
 * be lost as "already newer".
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

    /**
     * Why the live index must be rebuilt from this archive's database before anything is written into it: it was
     * filled from another database, or before indices were stamped with theirs, or it was made for another version of
     * the index's mapping (other analysers or fields than this version searches). Meanwhile {@link #apply} refuses
     * with {@link IndexUnavailableException}. Empty when the live index is this database's and of this version;
     * creates it, stamped, if there is none.
     *
     * @throws IndexUnavailableException when the index cannot be asked
     */
    Optional<String> reasonToRebuild();

    /**
     * Every document in the live index with its version, for the audit: a record as its id ({@code "42"}), a source
     * as {@code "source-7"}.
     *
     * @throws IndexUnavailableException when the index cannot be read
     */
    default Map<String, Long> documentVersions() {
        throw new UnsupportedOperationException("this indexer cannot list its documents");
    }

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
