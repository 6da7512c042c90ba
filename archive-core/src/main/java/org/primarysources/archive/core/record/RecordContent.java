package org.primarysources.archive.core.record;

import org.primarysources.archive.core.citation.LocatorLabel;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.source.PartialDate;

import java.util.List;

/**
 * What a record says, as proposed by a change and published in a version. Only {@code kind}, {@code text} and
 * {@code sourceId} are always required; an ENTITY also needs a {@code name} (its {@code text} is the short
 * description). Texts are limited to {@value #MAX_TEXT_LENGTH} characters.
 */
public record RecordContent(RecordKind kind, long sourceId, String label, Integer ordinal, String text,
                            String language, List<Translation> translations, Long speakerId, PartialDate date,
                            String occasion, Attribution attribution, String name, List<String> alternativeNames,
                            EntityType entityType, List<CitationInput> citations) {

    public static final int MAX_TEXT_LENGTH = 100_000;
    public static final int MAX_SHORT_LENGTH = 1_000;

    public RecordContent {
        if (kind == null || !kind.isRecord()) {
            throw new InvalidInputException("kind", "a record's kind is CLAUSE, QUOTE or ENTITY");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "a record needs a text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException("text", "a text has at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (kind == RecordKind.ENTITY && (name == null || name.isBlank())) {
            throw new InvalidInputException("name", "an entity needs a name");
        }
        if (ordinal != null && ordinal < 0) {
            throw new InvalidInputException("ordinal", "an ordinal is zero or more");
        }
        short_("label", label);
        short_("language", language);
        short_("occasion", occasion);
        short_("name", name);
        text = text.strip();
        translations = translations == null ? List.of() : List.copyOf(translations);
        for (int i = 0; i < translations.size(); i++) {
            Translation translation = translations.get(i);
            if (translation == null || translation.text() == null || translation.text().isBlank()) {
                throw new InvalidInputException("translations[" + i + "].text", "a translation needs a text");
            }
            if (translation.text().length() > MAX_TEXT_LENGTH) {
                throw new InvalidInputException("translations[" + i + "].text",
                        "a text has at most " + MAX_TEXT_LENGTH + " characters");
            }
        }
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
        citations = citations == null ? List.of() : List.copyOf(citations);
        for (int i = 0; i < citations.size(); i++) {
            CitationInput citation = citations.get(i);
            String field = "citations[" + i + "]";
            if (citation == null) {
                throw new InvalidInputException(field, "a citation is an object");
            }
            if (citation.label() != null && !LocatorLabel.isKnown(citation.label())) {
                throw new InvalidInputException(field + ".label", "'" + citation.label()
                        + "' is not a CSL locator label; use one of " + LocatorLabel.names());
            }
            if (citation.exact() == null || citation.exact().isBlank()) {
                throw new InvalidInputException(field + ".exact", "a citation quotes the exact cited text");
            }
            if (citation.exact().length() > MAX_TEXT_LENGTH) {
                throw new InvalidInputException(field + ".exact",
                        "a cited text has at most " + MAX_TEXT_LENGTH + " characters");
            }
            if (citation.sourceVersion() != null && citation.sourceVersion() < 1) {
                throw new InvalidInputException(field + ".sourceVersion", "source versions count from 1");
            }
        }
    }

    private static void short_(String field, String value) {
        if (value != null && value.length() > MAX_SHORT_LENGTH) {
            throw new InvalidInputException(field, "at most " + MAX_SHORT_LENGTH + " characters");
        }
    }
}
