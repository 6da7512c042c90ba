package org.primarysources.archive.core.record;

import org.primarysources.archive.core.source.PartialDate;

import java.util.List;

/** Words someone said or wrote, verbatim: the speaker (a published person or organisation), when, on what occasion. */
public record QuoteContent(long sourceId, String text, String language, List<Translation> translations,
                           Long speakerId, PartialDate date, String occasion, Attribution attribution,
                           List<CitationInput> citations) implements RecordContent {

    public QuoteContent {
        ContentRules.requireText(text);
        text = text.strip();
        ContentRules.requireShort("language", language);
        ContentRules.requireShort("occasion", occasion);
        translations = ContentRules.translations(translations);
        citations = ContentRules.citations(citations);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.QUOTE;
    }

    /** The same quote said by {@code speaker}. */
    public QuoteContent saidBy(Long speaker) {
        return new QuoteContent(sourceId, text, language, translations, speaker, date, occasion, attribution,
                citations);
    }
}
