package org.primarysources.archive.core.parsing;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages whose encyclopedia articles the parser reads: their clause labels, end-matter headings, category
 * markers, verbs of saying and the words that end an article's subject are in {@link LanguageTables}. An article in
 * another language is read with the tables of the language it is closest to ({@link #detect}).
 */
public enum ArticleLanguage {
    ENGLISH("en"), GERMAN("de"), POLISH("pl"), LITHUANIAN("lt"), FRENCH("fr"), RUSSIAN("ru");

    private final String tag;

    ArticleLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code "en"}, {@code "de"}, {@code "pl"}, {@code "lt"}, {@code "fr"}, {@code "ru"}. */
    public String tag() {
        return tag;
    }

    /** The language a BCP 47 tag names ("de", "de-AT", "DE"), if the parser knows it. */
    public static Optional<ArticleLanguage> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (ArticleLanguage language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The supported language the text is written in, guessed from its letters and most frequent short words; English
     * when the text gives no sign of any. Pure and deterministic.
     */
    public static ArticleLanguage detect(String text) {
        return LanguageGuess.of(text);
    }

    LanguageTables.Table table() {
        return LanguageTables.of(this);
    }
}
