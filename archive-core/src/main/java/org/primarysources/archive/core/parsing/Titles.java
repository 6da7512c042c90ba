package org.primarysources.archive.core.parsing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The article's title: the subject its first sentence names ("The Soviet–Lithuanian Mutual Assistance Treaty was a
 * …" → "Soviet–Lithuanian Mutual Assistance Treaty"; "Der Friede von Riga war …" → "Friede von Riga"; "Traktat
 * ryski – traktat pokojowy …" → "Traktat ryski"; "Le traité de Tartu est …" → "Traité de Tartu"), unless the
 * caller gives one. The subject ends at the language's copula or passive auxiliary ("wurde", "gilt", "został",
 * "a été"), a dash, a bracket or a comma; a leading article goes. Without such an end the title is the start of the
 * first sentence, cut at a word.
 */
final class Titles {

    private static final int MAX_CHARS = 150;
    /** A subject of more words than this is a clause, not a name: the first sentence has no subject phrase. */
    private static final int MAX_WORDS = 16;
    private static final int FALLBACK_CHARS = 100;

    private Titles() {
    }

    static String of(String firstParagraph, String override) {
        return of(firstParagraph, override, ArticleLanguage.ENGLISH);
    }

    static String of(String firstParagraph, String override, ArticleLanguage language) {
        if (override != null && !override.isBlank()) {
            return Normalizer.normalize(override.strip(), Normalizer.Form.NFC);
        }
        LanguageTables.Table table = language.table();
        int end = -1;
        for (String candidate : table.subjectEnds()) {
            int at = firstParagraph.indexOf(candidate);
            if (at > 0 && (end < 0 || at < end)) {
                end = at;
            }
        }
        String subject = end > 0 ? trimmed(firstParagraph.substring(0, end)) : "";
        for (String article : table.leadingArticles()) {
            if (subject.startsWith(article) && subject.length() > article.length()) {
                subject = subject.substring(article.length()).strip();
                if (language != ArticleLanguage.ENGLISH) {
                    // "Le traité de Tartu" is the article "Traité de Tartu"
                    subject = subject.substring(0, 1).toUpperCase(Locale.ROOT) + subject.substring(1);
                }
                break;
            }
        }
        boolean name = language == ArticleLanguage.ENGLISH || Words.tokens(subject).size() <= MAX_WORDS;
        if (!subject.isEmpty() && subject.length() <= MAX_CHARS && name) {
            return subject;
        }
        return fallback(firstParagraph, language);
    }

    /** The start of the first sentence, cut at a word boundary. */
    private static String fallback(String paragraph, ArticleLanguage language) {
        String sentence = paragraph.substring(0, Sentences.of(language).end(paragraph, 0, paragraph.length()));
        if (sentence.length() <= FALLBACK_CHARS) {
            return trimmed(sentence);
        }
        int cut = sentence.lastIndexOf(' ', FALLBACK_CHARS);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(sentence.charAt(FALLBACK_CHARS - 1)) ? FALLBACK_CHARS - 1 : FALLBACK_CHARS;
        }
        return trimmed(sentence.substring(0, cut));
    }

    private static String trimmed(String text) {
        String title = text.strip();
        while (!title.isEmpty() && ".,;:!?".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return title;
    }
}
