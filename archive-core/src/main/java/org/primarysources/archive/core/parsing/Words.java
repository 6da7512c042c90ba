package org.primarysources.archive.core.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small word-level helpers shared by the readers: tokens split on whitespace, their cores, capitalisation. */
final class Words {

    private static final Set<String> TITLES = Set.of("Gen.", "Col.", "Maj.", "Capt.", "Lt.", "Adm.", "Dr.", "Mr.",
            "Mrs.", "Ms.", "Prof.", "St.", "Rev.", "Sen.", "Pres.", "Gov.", "Sgt.");

    private Words() {
    }

    /** The whitespace-separated tokens of a text, punctuation left attached. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    /** The words of a text, lower-cased, split at anything that cannot be inside a name (keeps ' ’ - –). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !wordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < length && wordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                String word = core(text.substring(start, i));
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                || cp == '\'' || cp == '’' || cp == '-' || cp == '–' || cp == '‐';
    }

    /** A token without the punctuation, brackets, quotation marks and wiki italics around it. */
    static String core(String token) {
        String plain = Markup.plain(token);
        int start = 0;
        int end = plain.length();
        while (start < end && !Character.isLetterOrDigit(plain.codePointAt(start))) {
            start += Character.charCount(plain.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(plain.codePointBefore(end))) {
            end -= Character.charCount(plain.codePointBefore(end));
        }
        return plain.substring(start, end);
    }

    static String lower(String token) {
        return core(token).toLowerCase(Locale.ROOT);
    }

    /** Whether the token's first letter is upper or title case (Ž, Ł and Ā count like any other capital). */
    static boolean capitalised(String token) {
        String core = core(token);
        if (core.isEmpty()) {
            return false;
        }
        int first = core.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    static boolean lowerCaseStart(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Whether the token ends with punctuation that separates it from a following name: , . ; : ! ? */
    static boolean endsClause(String token) {
        if (initialOrTitle(token)) {
            return false;
        }
        String plain = Markup.plain(token).stripTrailing();
        if (plain.isEmpty()) {
            return true;
        }
        char last = plain.charAt(plain.length() - 1);
        return last == ',' || last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
    }

    /** An initial or an abbreviated title that belongs to the name after it: "J.", "Gen.", "Dr.". */
    static boolean initialOrTitle(String token) {
        if (token.length() == 2 && token.charAt(1) == '.' && Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        return TITLES.contains(token);
    }

    /** The same word, allowing for a plural ending on either side (sphere / spheres, country / countries). */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        if (shorter.length() < 3) {
            return false;
        }
        if (longer.startsWith(shorter)) {
            String rest = longer.substring(shorter.length());
            return rest.equals("s") || rest.equals("es");
        }
        return shorter.endsWith("y") && longer.equals(shorter.substring(0, shorter.length() - 1) + "ies");
    }

    static int wordCount(String text) {
        return words(text).size();
    }
}
