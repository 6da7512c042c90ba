package org.primarysources.archive.core.record;

import org.primarysources.archive.core.citation.LocatorLabel;
import org.primarysources.archive.core.error.InvalidInputException;

import java.util.List;

/** The checks every kind of {@link RecordContent} makes of the fields it shares with the others. */
final class ContentRules {

    private ContentRules() {
    }

    static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "a record needs a text");
        }
        if (text.length() > RecordContent.MAX_TEXT_LENGTH) {
            throw new InvalidInputException("text", "a text has at most " + RecordContent.MAX_TEXT_LENGTH
                    + " characters");
        }
    }

    static void requireShort(String field, String value) {
        if (value != null && value.length() > RecordContent.MAX_SHORT_LENGTH) {
            throw new InvalidInputException(field, "at most " + RecordContent.MAX_SHORT_LENGTH + " characters");
        }
    }

    static List<Translation> translations(List<Translation> translations) {
        List<Translation> all = translations == null ? List.of() : List.copyOf(translations);
        for (int i = 0; i < all.size(); i++) {
            Translation translation = all.get(i);
            if (translation == null || translation.text() == null || translation.text().isBlank()) {
                throw new InvalidInputException("translations[" + i + "].text", "a translation needs a text");
            }
            if (translation.text().length() > RecordContent.MAX_TEXT_LENGTH) {
                throw new InvalidInputException("translations[" + i + "].text",
                        "a text has at most " + RecordContent.MAX_TEXT_LENGTH + " characters");
            }
        }
        return all;
    }

    static List<CitationInput> citations(List<CitationInput> citations) {
        List<CitationInput> all = citations == null ? List.of() : List.copyOf(citations);
        for (int i = 0; i < all.size(); i++) {
            CitationInput citation = all.get(i);
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
            if (citation.exact().length() > RecordContent.MAX_TEXT_LENGTH) {
                throw new InvalidInputException(field + ".exact",
                        "a cited text has at most " + RecordContent.MAX_TEXT_LENGTH + " characters");
            }
            if (citation.sourceVersion() != null && citation.sourceVersion() < 1) {
                throw new InvalidInputException(field + ".sourceVersion", "source versions count from 1");
            }
        }
        return all;
    }
}
