package org.primarysources.archive.core.record;

import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.source.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A record as API clients send it, with the field names of {@code GET /api/records/{id}} and references by id.
 * Only {@code kind}, {@code text} and {@code sourceId} are required. {@code translation} (with
 * {@code translationLanguage}, default {@code en}) is a shorthand for one entry of {@code translations}.
 */
public record RecordInput(String kind, Long sourceId, String label, Integer ordinal, String text, String language,
                          String translation, String translationLanguage, List<Translation> translations,
                          Long speakerId, String date, String occasion, String attribution, String name,
                          List<String> alternativeNames, String entityType, List<CitationInput> citations) {

    public RecordContent toContent() {
        if (sourceId == null) {
            throw new InvalidInputException("record.sourceId", "a record names its source (sourceId)");
        }
        List<Translation> all = new ArrayList<>(translations == null ? List.of() : translations);
        if (translation != null && !translation.isBlank()) {
            all.add(new Translation(translationLanguage == null ? "en" : translationLanguage, translation));
        }
        return new RecordContent(constant(RecordKind.class, "record.kind", kind), sourceId, label, ordinal, text,
                language, all, speakerId, PartialDate.parse(date), occasion,
                constant(Attribution.class, "record.attribution", attribution), name, alternativeNames,
                constant(EntityType.class, "record.entityType", entityType), citations);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown value '" + value + "'; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
