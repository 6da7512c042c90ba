package org.primarysources.archive.search.index;

import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;

import java.util.List;

/**
 * A published record as the search index holds it (the {@code _source} of one document, field names as in
 * {@code search/records-index-v1.json}). An entity's {@code name} is searched like a clause's {@code label} and
 * its {@code description} is its {@code text}. Dates are kept three ways: as written ({@code date}, e.g.
 * {@code ~1939-10}), as a sortable number ({@code dateSort}, 19391000: unknown month or day sort first) and by
 * {@code decade} for the facet.
 */
record RecordDocument(long id, String kind, int version, String label, Integer ordinal, String text, String language,
                      List<Translation> translations, Long speakerId, String speaker, Long sourceId,
                      String sourceTitle, String date, Integer dateSort, Integer year, Integer decade, Boolean circa,
                      String occasion, String attribution, String name, List<String> alternativeNames,
                      String entityType, String verification, String hash, String publishedAt) {

    /** A source's document id is this prefix and the source's id (records and sources share the index). */
    static final String SOURCE_ID_PREFIX = "source-";

    static RecordDocument of(RecordDetails record) {
        boolean entity = record.kind() == RecordKind.ENTITY;
        PartialDate date = record.date();
        return new RecordDocument(
                record.id(),
                record.kind().name(),
                record.version(),
                entity ? null : record.label(),
                record.ordinal(),
                entity ? record.description() : record.text(),
                record.language(),
                record.translations() == null ? List.of() : List.copyOf(record.translations()),
                record.speaker() == null ? null : record.speaker().id(),
                record.speaker() == null ? null : record.speaker().name(),
                record.source() == null ? null : record.source().id(),
                record.source() == null ? null : record.source().title(),
                date == null ? null : date.toString(),
                date == null ? null : sortable(date),
                date == null ? null : date.year(),
                date == null ? null : date.year() / 10 * 10,
                date == null ? null : date.circa(),
                record.occasion(),
                record.attribution() == null ? null : record.attribution().name(),
                record.name(),
                record.alternativeNames() == null ? List.of() : List.copyOf(record.alternativeNames()),
                record.entityType() == null ? null : record.entityType().name(),
                record.verification() == null ? null : record.verification().name(),
                record.hash(),
                // ISO-8601 text: Jackson would write an Instant as fractional epoch seconds, which the index reads
                // as milliseconds
                record.publishedAt() == null ? null : record.publishedAt().toString());
    }

    /**
     * A published source: its transcription is searchable as a hit of kind SOURCE (document id {@code source-<id>}).
     */
    static RecordDocument of(SourceDetails source) {
        PartialDate date = source.date();
        return new RecordDocument(source.id(), RecordKind.SOURCE.name(), source.version(), source.title(), null,
                source.transcription(), source.languages().isEmpty() ? null : source.languages().get(0), List.of(),
                null, null, source.id(), source.title(),
                date == null ? null : date.toString(),
                date == null ? null : sortable(date),
                date == null ? null : date.year(),
                date == null ? null : date.year() / 10 * 10,
                date == null ? null : date.circa(),
                null, null, null, List.of(), null, null, source.hash(), null);
    }

    /** The document id: the record's id, or {@code source-<id>} for a source. */
    String documentId() {
        return RecordKind.SOURCE.name().equals(kind) ? SOURCE_ID_PREFIX + id : Long.toString(id);
    }

    private static int sortable(PartialDate date) {
        int month = date.month() == null ? 0 : date.month();
        int day = date.day() == null ? 0 : date.day();
        return date.year() * 10_000 + month * 100 + day;
    }
}
