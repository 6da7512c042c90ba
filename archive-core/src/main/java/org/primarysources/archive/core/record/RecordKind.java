package org.primarysources.archive.core.record;

/**
 * What an item of the archive is: a numbered unit of a source, verbatim words, a person/place/organisation —
 * the three kinds of record — or, in search results, a {@code SOURCE} itself (its transcription is searchable).
 * Records are never of kind SOURCE.
 */
public enum RecordKind {
    CLAUSE, QUOTE, ENTITY, SOURCE;

    /** Whether records may have this kind (SOURCE is only a kind of search hit). */
    public boolean isRecord() {
        return this != SOURCE;
    }
}
