package org.primarysources.archive.core.parsing;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of the supported languages a text is written in, from two signs that need no model: the script
 * (Cyrillic is Russian here) and how often each language's most frequent short words and its own letters occur.
 * An encyclopedia article has hundreds of such words, so the counts are far apart; a few words of a quotation in
 * another language do not tip them. Why not a statistical detector: see {@code docs/stack.md} (Lingua).
 */
final class LanguageGuess {

    /** The words each language uses most, that are rare or absent in the other five. */
    private static final Map<ArticleLanguage, Set<String>> FUNCTION_WORDS = functionWords();
    /** Letters of one language's alphabet that the other Latin-script ones here do not use (ó, ą are shared). */
    private static final Map<ArticleLanguage, String> OWN_LETTERS = Map.of(
            ArticleLanguage.GERMAN, "äöüß",
            ArticleLanguage.POLISH, "łńśźżćó",
            ArticleLanguage.LITHUANIAN, "ėįųūč",
            ArticleLanguage.FRENCH, "éèêàçùâîôœë");
    /** A letter of a language's own counts as much as this many of its function words. */
    private static final double LETTER_WEIGHT = 0.25;
    /** Less evidence than this for any language is none: the text is read as English, as it always was. */
    private static final double MIN_SCORE = 2;
    private static final int MAX_QUOTE = 2000;

    private LanguageGuess() {
    }

    static ArticleLanguage of(String text) {
        if (text == null || text.isBlank()) {
            return ArticleLanguage.ENGLISH;
        }
        String own = withoutQuotations(text);
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < own.length(); i++) {
            char c = own.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (cyrillic > latin) {
            return ArticleLanguage.RUSSIAN;
        }
        Map<ArticleLanguage, Double> scores = new EnumMap<>(ArticleLanguage.class);
        for (String word : Words.words(own)) {
            FUNCTION_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    scores.merge(language, 1.0, Double::sum);
                }
            });
        }
        String lower = own.toLowerCase(Locale.ROOT);
        OWN_LETTERS.forEach((language, letters) -> {
            long count = lower.chars().filter(c -> letters.indexOf(c) >= 0).count();
            scores.merge(language, count * LETTER_WEIGHT, Double::sum);
        });
        ArticleLanguage best = ArticleLanguage.ENGLISH;
        double bestScore = MIN_SCORE;
        for (ArticleLanguage language : List.of(ArticleLanguage.ENGLISH, ArticleLanguage.GERMAN,
                ArticleLanguage.POLISH, ArticleLanguage.LITHUANIAN, ArticleLanguage.FRENCH)) {
            double score = scores.getOrDefault(language, 0.0);
            if (score > bestScore) {
                best = language;
                bestScore = score;
            }
        }
        return best;
    }

    /** The text without what stands in double quotation marks: quoted words may be in any language. */
    static String withoutQuotations(String text) {
        StringBuilder own = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String closers = c == '"' ? "\"" : c == '“' ? "”" : c == '„' ? "“”" : c == '«' ? "»" : null;
            int close = -1;
            if (closers != null) {
                for (int j = i + 1; j < text.length() && j < i + MAX_QUOTE && text.charAt(j) != '\n'; j++) {
                    if (closers.indexOf(text.charAt(j)) >= 0) {
                        close = j;
                        break;
                    }
                }
            }
            if (close > 0) {
                own.append(' ');
                i = close + 1;
            } else {
                own.append(c);
                i++;
            }
        }
        return own.toString();
    }

    private static Map<ArticleLanguage, Set<String>> functionWords() {
        Map<ArticleLanguage, Set<String>> words = new EnumMap<>(ArticleLanguage.class);
        words.put(ArticleLanguage.ENGLISH, Set.of("the", "of", "and", "to", "was", "is", "that", "by", "with",
                "as", "for", "were", "which", "from", "this", "had", "his", "it", "an", "be", "their", "would", "they",
                "has", "have", "not", "he", "she", "but", "after", "on"));
        words.put(ArticleLanguage.GERMAN, Set.of("der", "die", "und", "das", "den", "des", "von", "mit", "zu",
                "im", "ist", "war", "nicht", "auf", "sich", "dem", "ein", "eine", "wurde", "für", "auch", "als",
                "nach", "bei", "zum", "zur", "einer", "sie"));
        words.put(ArticleLanguage.POLISH, Set.of("i", "w", "na", "się", "do", "nie", "że", "jest", "był",
                "była", "przez", "oraz", "od", "jako", "dla", "został", "została", "we", "który", "która", "ze",
                "jego", "po", "roku"));
        words.put(ArticleLanguage.LITHUANIAN, Set.of("ir", "kad", "su", "buvo", "yra", "į", "iš", "bei", "jo",
                "kaip", "dėl", "nuo", "o", "taip", "pat", "m", "metų", "kuri", "kuris", "jau", "tik", "prie",
                "apie", "tarp", "sutartis", "sutarties"));
        words.put(ArticleLanguage.FRENCH, Set.of("le", "la", "les", "de", "des", "et", "du", "un", "une", "est",
                "que", "qui", "dans", "par", "pour", "au", "aux", "sur", "à", "il", "ne", "pas", "sont", "avec",
                "été", "d'un", "d'une", "l'"));
        return Map.copyOf(words);
    }
}
