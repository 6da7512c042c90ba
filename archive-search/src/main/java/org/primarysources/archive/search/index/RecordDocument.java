package org.primarysources.archive.search.index;

import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.RecordKind;
import org.primarysources.archive.core.record.Translation;
import org.primarysources.archive.core.source.PartialDate;
import org.primarysources.archive.core.source.SourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A published record as the search index holds it (the {@code _source} of one document, field names as in
 * {@code search/records-index-v2.json}). An entity's {@code name} is searched like a clause's {@code label} and
 * its {@code description} is its {@code text}. Dates are kept three ways: as written ({@code date}, e.g.
 * {@code ~1939-10}), as a sortable number ({@code dateSort}, 19391000: unknown month or day sort first) and by
 * {@code decade} for the facet.
 * <p>
 * The text is also kept under its language when that language has an analyser of its own ({@code textIn}, e.g.
 * {@code {"de": "…"}}), and so is each translation ({@code translationsIn}, e.g. {@code {"pl": ["…"]}}); see
 * {@link RecordLanguages}. Both are absent for a text in any other language, or in none.
 */
record RecordDocument(long id, String kind, int version, String label, Integer ordinal, String text,
                      Map<String, String> textIn, String language, List<Translation> translations,
                      Map<String, List<String>> translationsIn, Long speakerId, String speaker, Long sourceId,
                      String sourceTitle, String date, Integer dateSort, Integer year, Integer decade, Boolean circa,
                      String occasion, String attribution, String name, List<String> alternativeNames,
                      String entityType, String verification, String hash, String publishedAt) {

    /** A source's document id is this prefix and the source's id (records and sources share the index). */
    static final String SOURCE_ID_PREFIX = "source-";

    static RecordDocument of(RecordDetails record) {
        boolean entity = record.kind() == RecordKind.ENTITY;
        PartialDate date = record.date();
        String text = entity ? record.description() : record.text();
        List<Translation> translations = record.translations() == null ? List.of()
                : List.copyOf(record.translations());
        return new RecordDocument(
                record.id(),
                record.kind().name(),
                record.version(),
                entity ? null : record.label(),
                record.ordinal(),
                text,
                textIn(record.language(), text),
                record.language(),
                translations,
                translationsIn(translations),
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
        String language = source.languages().isEmpty() ? null : source.languages().get(0);
        return new RecordDocument(source.id(), RecordKind.SOURCE.name(), source.version(), source.title(), null,
                source.transcription(), textIn(language, source.transcription()), language, List.of(), null,
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

    /** The text under its language, if that language has an analyser of its own; otherwise null (not written). */
    static Map<String, String> textIn(String language, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return RecordLanguages.analysed(language).map(analysed -> Map.of(analysed, text)).orElse(null);
    }

    /** The translations by language, those whose language has an analyser of its own; null when there are none. */
    static Map<String, List<String>> translationsIn(List<Translation> translations) {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        for (Translation translation : translations) {
            if (translation.text() != null && !translation.text().isBlank()) {
                RecordLanguages.analysed(translation.language()).ifPresent(language -> byLanguage
                        .computeIfAbsent(language, l -> new ArrayList<>()).add(translation.text()));
            }
        }
        return byLanguage.isEmpty() ? null : byLanguage;
    }

    private static int sortable(PartialDate date) {
        int month = date.month() == null ? 0 : date.month();
        int day = date.day() == null ? 0 : date.day();
        return date.year() * 10_000 + month * 100 + day;
    }
}
