package org.primarysources.archive.core.parsing;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentence boundaries in a line of the transcription, in the article's language: where ICU's sentence rules
 * (Unicode's, which know closing quotation marks such as „…“ and «…») put a break, but not
 * <ul>
 *     <li>before a lower-case letter, nor where no space follows the full stop;</li>
 *     <li>after an initial ("J. Stalin", "И. В. Сталин");</li>
 *     <li>after one of the language's abbreviations ("z. B.", "1920 r.", "12 d.", "1920 г.", "Gen.");</li>
 *     <li>after a number of one or two digits in a language that writes ordinals so ("am 10. Oktober",
 *     "10. października").</li>
 * </ul>
 * ICU's rules do not break before a number followed by a lower-case word ("… 1939. 1940 kam …"); such a break is
 * added where the sentence end is clear: "!" or "?", or a full stop after a word of two or more letters or a number of
 * three or more digits that is none of the above. ICU's own list of abbreviations is not used: its German list holds
 * words such as "vor." that end sentences.
 *
 * <p>Instances are immutable and safe to share; each call works on its own copy of the break iterator.
 */
final class Sentences {

    private static final Map<ArticleLanguage, Sentences> BY_LANGUAGE = byLanguage();
    private static final String TERMINATORS = ".!?";
    /** Marks that may close a sentence after its terminator, or open one before its first word. */
    private static final String MARKS = "\"'“”„‟‘’‚‛«»‹›()[]{}";
    private static final int MIN_WORD = 2;
    private static final int MIN_NUMBER = 3;
    /** Longer than any abbreviation: how far around a full stop one is looked for. */
    private static final int ABBREVIATION_REACH = 16;

    private final BreakIterator prototype;
    /** The language's abbreviations, one alternative each, or {@code null} when it has none. */
    private final Pattern abbreviations;
    private final boolean dottedOrdinals;

    private Sentences(ArticleLanguage language) {
        this.prototype = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language.tag()));
        this.abbreviations = abbreviations(language.table().abbreviations());
        this.dottedOrdinals = language.table().dottedOrdinals();
    }

    static Sentences of(ArticleLanguage language) {
        return BY_LANGUAGE.get(language);
    }

    private static Map<ArticleLanguage, Sentences> byLanguage() {
        Map<ArticleLanguage, Sentences> sentences = new EnumMap<>(ArticleLanguage.class);
        for (ArticleLanguage language : ArticleLanguage.values()) {
            sentences.put(language, new Sentences(language));
        }
        return sentences;
    }

    /**
     * One pattern for all abbreviations, longest first: a space in an abbreviation stands for any spacing ("z. B.",
     * "z.B."); an abbreviation written with a capital matches only as written ("No."), the others in any case.
     */
    private static Pattern abbreviations(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> alternatives = new ArrayList<>();
        for (String word : sorted) {
            StringBuilder alternative = new StringBuilder();
            for (String part : word.split(" ", -1)) {
                if (!alternative.isEmpty()) {
                    alternative.append("\\s*");
                }
                alternative.append(Pattern.quote(part));
            }
            boolean asWritten = !word.equals(word.toLowerCase(Locale.ROOT));
            alternatives.add(asWritten ? "(?-iu:" + alternative + ")" : alternative.toString());
        }
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + String.join("|", alternatives) + ")");
    }

    /** Where the sentence that contains position {@code at} starts, not before {@code from}; within the line. */
    int start(String text, int from, int at) {
        int lineEnd = text.indexOf('\n', at);
        int start = from;
        for (int boundary : boundaries(text, from, lineEnd < 0 ? text.length() : lineEnd)) {
            if (boundary > at) {
                break;
            }
            start = boundary;
        }
        return start;
    }

    /** Where the sentence that goes on at position {@code at} ends (exclusive, no trailing space), by {@code to}. */
    int end(String text, int at, int to) {
        for (int boundary : boundaries(text, at, to)) {
            if (boundary > at) {
                int end = boundary;
                while (end > at && space(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        return to;
    }

    /** Where the sentences after the first in {@code text[from, to)} start, in order. */
    List<Integer> boundaries(String text, int from, int to) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        BreakIterator iterator = (BreakIterator) prototype.clone();
        iterator.setText(text.substring(from, to));
        for (int at = iterator.next(); at != BreakIterator.DONE; at = iterator.next()) {
            int boundary = past(text, from + at, to);
            if (boundary < to && accepted(text, boundary)) {
                boundaries.add(boundary);
            }
        }
        for (int i = from; i < to; i++) {
            if (TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                int boundary = numberAfter(text, i, to);
                if (boundary > 0 && clearEnd(text, i)) {
                    boundaries.add(boundary);
                }
            }
        }
        return new ArrayList<>(boundaries);
    }

    /**
     * The boundary past the closing marks that ICU leaves to the next sentence where a space stands inside them
     * ("… est juste. » Il …"): a mark followed by a space closes; one that opens is followed by the first word.
     */
    private static int past(String text, int boundary, int to) {
        int at = boundary;
        while (at < to && MARKS.indexOf(text.charAt(at)) >= 0 && (at + 1 == to || space(text.charAt(at + 1)))) {
            at++;
            while (at < to && space(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether a break ICU proposes before {@code boundary} ends a sentence. */
    private boolean accepted(String text, int boundary) {
        int end = boundary;
        while (end > 0 && space(text.charAt(end - 1))) {
            end--;
        }
        if (end == boundary || end == 0 || lowerCaseAfter(text, boundary)) {
            return false;
        }
        int terminator = end - 1;
        while (terminator > 0 && (MARKS.indexOf(text.charAt(terminator)) >= 0 || space(text.charAt(terminator)))) {
            terminator--;
        }
        return text.charAt(terminator) != '.' || !continues(text, terminator);
    }

    /**
     * The start of the sentence after the terminator at {@code terminator} when it opens with a number (after any
     * closing marks, spaces and opening marks), or -1.
     */
    private static int numberAfter(String text, int terminator, int to) {
        int i = terminator + 1;
        while (i < to && MARKS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int space = i;
        while (i < to && space(text.charAt(i))) {
            i++;
        }
        if (i == space) {
            return -1;
        }
        int start = i;
        while (i < to && MARKS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < to && Character.isDigit(text.charAt(i)) ? start : -1;
    }

    /** "!" or "?", or a full stop after a word or a year that is no abbreviation, initial or ordinal. */
    private boolean clearEnd(String text, int terminator) {
        if (text.charAt(terminator) != '.') {
            return true;
        }
        int before = terminator;
        while (before > 0 && MARKS.indexOf(text.charAt(before - 1)) >= 0) {
            before--;
        }
        int letters = 0;
        while (before - letters > 0 && Character.isLetter(text.charAt(before - letters - 1))) {
            letters++;
        }
        int digits = 0;
        while (before - digits > 0 && Character.isDigit(text.charAt(before - digits - 1))) {
            digits++;
        }
        return (letters >= MIN_WORD || digits >= MIN_NUMBER) && !continues(text, terminator);
    }

    private static boolean lowerCaseAfter(String text, int at) {
        int i = at;
        while (i < text.length() && MARKS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.codePointAt(i));
    }

    /** Whether the full stop at {@code dot} belongs to an initial, an abbreviation or an ordinal number. */
    private boolean continues(String text, int dot) {
        int letters = dot;
        while (letters > 0 && Character.isLetter(text.charAt(letters - 1))) {
            letters--;
        }
        // "J." and "И.", but not the last letter of "U.S."
        boolean wordStart = letters == 0 || !Character.isLetterOrDigit(text.charAt(letters - 1))
                && text.charAt(letters - 1) != '.';
        if (dot - letters == 1 && wordStart && Character.isUpperCase(text.charAt(letters))) {
            return true;
        }
        int digits = dot;
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        boolean numberStart = digits == 0 || !Character.isLetterOrDigit(text.charAt(digits - 1));
        if (dottedOrdinals && numberStart && dot - digits >= 1 && dot - digits <= 2) {
            return true;
        }
        return abbreviation(text, dot);
    }

    private boolean abbreviation(String text, int dot) {
        if (abbreviations == null) {
            return false;
        }
        Matcher matcher = abbreviations.matcher(text);
        matcher.region(Math.max(0, dot - ABBREVIATION_REACH), Math.min(text.length(), dot + ABBREVIATION_REACH));
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            if (matcher.start() <= dot && dot < matcher.end()) {
                return true;
            }
            if (matcher.start() > dot) {
                return false;
            }
        }
        return false;
    }
}
