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
        RecordKind recordKind = constant(RecordKind.class, "record.kind", kind);
        if (recordKind == null || !recordKind.isRecord()) {
            throw new InvalidInputException("kind", "a record's kind is CLAUSE, QUOTE or ENTITY");
        }
        PartialDate when = PartialDate.parse(date);
        return switch (recordKind) {
            case CLAUSE -> {
                onlyFor(recordKind, "speakerId", speakerId, "occasion", occasion, "attribution", attribution,
                        "name", name, "alternativeNames", alternativeNames, "entityType", entityType);
                yield new ClauseContent(sourceId, label, ordinal, text, language, all, when, citations);
            }
            case QUOTE -> {
                onlyFor(recordKind, "label", label, "ordinal", ordinal, "name", name,
                        "alternativeNames", alternativeNames, "entityType", entityType);
                yield new QuoteContent(sourceId, text, language, all, speakerId, when, occasion,
                        constant(Attribution.class, "record.attribution", attribution), citations);
            }
            case ENTITY -> {
                onlyFor(recordKind, "label", label, "ordinal", ordinal, "translations", all.isEmpty() ? null : all,
                        "speakerId", speakerId, "date", date, "occasion", occasion, "attribution", attribution);
                yield new EntityContent(sourceId, name, alternativeNames,
                        constant(EntityType.class, "record.entityType", entityType), text, language, citations);
            }
            case SOURCE -> throw new IllegalStateException("checked above");
        };
    }

    /** Refuses a field that another kind of record has: a clause has no speaker, a quote no article label. */
    private static void onlyFor(RecordKind kind, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            boolean empty = value == null || value instanceof String text && text.isBlank()
                    || value instanceof List<?> list && list.isEmpty();
            if (!empty) {
                throw new InvalidInputException("record." + namesAndValues[i], "a "
                        + kind.name().toLowerCase(Locale.ROOT) + " has no " + namesAndValues[i]);
            }
        }
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
