package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations in a line of the transcription: words in the quotation marks of the article's language
 * ({@link QuotationMarks}), in the sentence the language's sentence breaks give ({@link Sentences}). A single quoted
 * word ("re-Lithuanize") is a term the article marks, not a quotation. A translation may follow in parentheses:
 * labelled ("(translation: …)"), quoted ("(\"…\")"), or plain when the quotation itself is not English.
 */
final class Quotations {

    private static final int AROUND = 32;
    private static final int MAX_TRANSLATION = 1000;
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(translation|transl\\.|trans\\.|lit\\.|literally|english|in english|meaning)\\s*[:.,]?\\s*");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "are", "was", "were",
            "will", "be", "if", "you", "not", "or", "we", "it", "that", "this", "with", "for", "on", "no", "my", "our",
            "your", "they", "he", "she", "his", "her", "a", "an", "at", "by", "from", "as", "but", "all", "what",
            "who", "shall", "would", "have", "has");

    private Quotations() {
    }

    static List<ParsedQuote> in(String text, int from, int to, Speakers speakers) {
        ArticleLanguage language = speakers.language();
        QuotationMarks marks = QuotationMarks.of(language);
        Sentences sentences = Sentences.of(language);
        List<ParsedQuote> quotes = new ArrayList<>();
        int after = from;
        for (QuotationMarks.Span span : marks.in(text, from, to)) {
            if (span.open() < after) {
                continue;
            }
            int close = span.close();
            int start = span.open() + 1;
            int end = close;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start && text.charAt(end - 1) == ',') {
                end--;
            }
            String exact = text.substring(start, end);
            if (!quotation(exact)) {
                continue;
            }
            int next = close + 1;
            String translation = null;
            int bracket = next;
            while (bracket < to && text.charAt(bracket) == ' ') {
                bracket++;
            }
            if (bracket < to && text.charAt(bracket) == '(') {
                int bracketEnd = closingBracket(text, bracket, Math.min(to, bracket + MAX_TRANSLATION));
                if (bracketEnd > 0) {
                    translation = translation(text.substring(bracket + 1, bracketEnd), exact, marks);
                    if (translation != null) {
                        next = bracketEnd + 1;
                    }
                }
            }
            int sentenceStart = sentences.start(text, from, span.open());
            int sentenceEnd = sentences.end(text, Math.max(start, end - 1), to);
            String speaker = speakers.of(text.substring(sentenceStart, span.open()),
                    next < sentenceEnd ? text.substring(next, sentenceEnd) : "");
            quotes.add(new ParsedQuote(exact, text.substring(sentenceStart, sentenceEnd), prefix(text, start),
                    suffix(text, end), start, end, speaker, translation, translation == null ? null : "en"));
            after = next;
        }
        return quotes;
    }

    private static int closingBracket(String text, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Two or more words with a letter among them; one quoted word is a term, not a quotation. */
    private static boolean quotation(String exact) {
        return exact.codePoints().anyMatch(Character::isLetter) && Words.tokens(exact).size() >= 2;
    }

    static String translation(String bracket, String quote, QuotationMarks marks) {
        String text = bracket.strip();
        Matcher label = LABEL.matcher(text);
        boolean labelled = label.lookingAt();
        if (labelled) {
            text = text.substring(label.end()).strip();
        }
        boolean quoted = false;
        if (marks.encloses(text)) {
            text = text.substring(1, text.length() - 1).strip();
            quoted = true;
        }
        if (text.isEmpty()) {
            return null;
        }
        if (labelled || quoted) {
            return text;
        }
        boolean plain = Words.tokens(text).size() >= 2 && text.chars().noneMatch(Character::isDigit);
        return plain && !english(quote) ? text : null;
    }

    /** Whether the words read as English: two different function words, or one in a short quotation. */
    private static boolean english(String quote) {
        List<String> words = Words.words(quote);
        Set<String> function = new HashSet<>();
        for (String word : words) {
            if (ENGLISH.contains(word)) {
                function.add(word);
            }
        }
        return function.size() >= 2 || !function.isEmpty() && words.size() <= 5;
    }

    static String prefix(String text, int start) {
        int from = Math.max(0, start - AROUND);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    static String suffix(String text, int end) {
        int to = Math.min(text.length(), end + AROUND);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return text.substring(end, to);
    }
}
