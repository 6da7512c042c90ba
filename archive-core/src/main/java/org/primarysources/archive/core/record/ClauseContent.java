package org.primarysources.archive.core.record;

import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.source.PartialDate;

import java.util.List;

/** A clause of a source, such as a treaty's article: its label ("Article VII"), place and words. */
public record ClauseContent(long sourceId, String label, Integer ordinal, String text, String language,
                            List<Translation> translations, PartialDate date, List<CitationInput> citations)
        implements RecordContent {

    public ClauseContent {
        ContentRules.requireText(text);
        text = text.strip();
        ContentRules.requireShort("label", label);
        ContentRules.requireShort("language", language);
        if (ordinal != null && ordinal < 0) {
            throw new InvalidInputException("ordinal", "an ordinal is zero or more");
        }
        translations = ContentRules.translations(translations);
        citations = ContentRules.citations(citations);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CLAUSE;
    }
}
