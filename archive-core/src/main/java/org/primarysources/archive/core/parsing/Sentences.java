package org.primarysources.archive.core.parsing;

import java.util.Locale;
import java.util.Set;

/**
 * Finds sentence boundaries in a line of the transcription: after . ! ? (and any closing quotation marks or
 * brackets) followed by a space and a word that does not start in lower case — but not after an initial ("J.") or a
 * common abbreviation ("Gen.", "No.").
 */
final class Sentences {

    private static final String CLOSERS = "\"”’»')]";
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt",
            "sgt", "maj", "adm", "st", "prof", "rev", "jr", "sr", "vs", "etc", "cf", "art", "sec", "vol",
            "pp", "ed", "eds", "ca", "fr", "co", "corp", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "approx", "gov", "pres", "e.g", "i.e", "op", "cit", "ibid");

    private Sentences() {
    }

    /** Where the sentence that contains position {@code at} starts, not before {@code from}. */
    static int start(String text, int from, int at) {
        for (int i = at - 1; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i)) && endsBefore(text, from, i)) {
                int start = i + 1;
                while (start < at && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                return start;
            }
        }
        return from;
    }

    /** Where the sentence that goes on at position {@code at} ends (exclusive), not after {@code to}. */
    static int end(String text, int at, int to) {
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j == to || Character.isWhitespace(text.charAt(j)) && boundary(text, i, j, to)) {
                return j;
            }
        }
        return to;
    }

    /** Whether the whitespace at {@code space} follows the end of a sentence. */
    private static boolean endsBefore(String text, int from, int space) {
        int j = space - 1;
        while (j >= from && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        if (j < from) {
            return false;
        }
        char c = text.charAt(j);
        return (c == '.' || c == '!' || c == '?') && boundary(text, j, space, text.length());
    }

    private static boolean boundary(String text, int punctuation, int space, int to) {
        int next = space;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < to && Character.isLowerCase(text.codePointAt(next))) {
            return false;
        }
        return text.charAt(punctuation) != '.' || !abbreviation(text, punctuation);
    }

    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        // "No." and "Nos." only when capitalised: "he said no." ends a sentence
        return word.equals("No") || word.equals("Nos") || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
