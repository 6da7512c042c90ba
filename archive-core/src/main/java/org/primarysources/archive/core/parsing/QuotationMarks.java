package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where quotations open and close in a line of the transcription, by the marks of the article's language
 * ({@link LanguageTables.Table#quotationMarks()}): „…“ and ‚…‘ in German and Lithuanian, „…” in Polish, «…» in
 * French and Russian, »…« in German books, ”…” in Polish, "…", “…”, ‘…’ and '…' in English. A mark closes only the
 * quotation its own kind of mark opened.
 *
 * <p>A mark that may also be something else is read by what stands around it: an apostrophe inside a word ("don't",
 * "Tõnisson's", "l'est") is no quotation mark; a mark that is its own closer ("…", '…', ”…”) opens only after a space,
 * a bracket, a dash or another mark, before a word, and closes only after one; and after a number an inch or foot mark
 * (5'', 12", 5'11") pairs with nothing — a double mark after a number closes a quotation only where the line has an
 * even number of them and no letter follows ("in 1939" and …).
 */
final class QuotationMarks {

    /** One quotation: the positions of its opening and its closing mark. */
    record Span(int open, int close) {
    }

    /** How far a quotation may run from its opening mark: an unclosed mark does not swallow the article. */
    static final int MAX_QUOTE = 2000;
    private static final String BEFORE_OPENING = "([{/–—-";
    private static final Map<ArticleLanguage, QuotationMarks> BY_LANGUAGE = byLanguage();

    private final Map<Character, String> pairs;

    private QuotationMarks(Map<Character, String> pairs) {
        this.pairs = pairs;
    }

    static QuotationMarks of(ArticleLanguage language) {
        return BY_LANGUAGE.get(language);
    }

    private static Map<ArticleLanguage, QuotationMarks> byLanguage() {
        Map<ArticleLanguage, QuotationMarks> marks = new EnumMap<>(ArticleLanguage.class);
        for (ArticleLanguage language : ArticleLanguage.values()) {
            marks.put(language, new QuotationMarks(language.table().quotationMarks()));
        }
        return marks;
    }

    /** The quotations in {@code text[from, to)}, in order; one inside another is part of it, not one of them. */
    List<Span> in(String text, int from, int to) {
        boolean oddDoubles = text.substring(from, to).chars().filter(c -> c == '"').count() % 2 == 1;
        List<Span> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            String closers = opens(text, from, i);
            int close = closers == null ? -1
                    : closing(text, i, Math.min(to, i + 1 + MAX_QUOTE), closers, oddDoubles);
            if (close < 0) {
                i++;
                continue;
            }
            spans.add(new Span(i, close));
            i = close + 1;
        }
        return spans;
    }

    /** Whether the whole text is one quotation: it starts with an opening mark and ends with one that closes it. */
    boolean encloses(String text) {
        if (text.length() < 2) {
            return false;
        }
        String closers = pairs.get(text.charAt(0));
        return closers != null && closers.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The marks that close the quotation the mark at {@code i} opens, or {@code null} when it opens none. */
    private String opens(String text, int from, int i) {
        char mark = text.charAt(i);
        String closers = pairs.get(mark);
        if (closers == null || apostrophe(text, i) || measure(text, i, true)) {
            return null;
        }
        if (!ambiguous(mark, closers)) {
            return closers;
        }
        char before = i > from ? text.charAt(i - 1) : ' ';
        boolean opening = Character.isWhitespace(before) || BEFORE_OPENING.indexOf(before) >= 0 || mark(before);
        boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return opening && wordAfter ? closers : null;
    }

    private int closing(String text, int open, int to, String closers, boolean oddDoubles) {
        boolean ambiguous = ambiguous(text.charAt(open), closers);
        for (int i = open + 1; i < to; i++) {
            char mark = text.charAt(i);
            if (closers.indexOf(mark) < 0 || apostrophe(text, i) || measure(text, i, oddDoubles)) {
                continue;
            }
            if (!ambiguous || !Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** A mark that is its own closer, or may be an apostrophe: what stands around it tells whether it opens. */
    private static boolean ambiguous(char mark, String closers) {
        return closers.indexOf(mark) >= 0 || mark == '\'' || mark == '’';
    }

    private boolean mark(char c) {
        return pairs.containsKey(c) || pairs.values().stream().anyMatch(closers -> closers.indexOf(c) >= 0);
    }

    /** An apostrophe between two letters: "don't", "Tõnisson's", "l'est". */
    private static boolean apostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * A foot or inch mark after a number: ' and '' always, " where a letter, digit or hyphen follows (12"-gun) or the
     * line's double marks do not pair.
     */
    private static boolean measure(String text, int i, boolean oddDoubles) {
        char c = text.charAt(i);
        if (c != '\'' && c != '"' || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (c == '\'') {
            return Character.isDigit(before) || before == '\'' && i > 1 && Character.isDigit(text.charAt(i - 2));
        }
        if (!Character.isDigit(before)) {
            return false;
        }
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return oddDoubles || Character.isLetterOrDigit(after) || after == '-';
    }
}
