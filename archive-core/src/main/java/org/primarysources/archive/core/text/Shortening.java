package org.primarysources.archive.core.text;

import java.util.regex.Pattern;

/**
 * Texts shortened for a label, a title, a message or a glimpse of a longer text, marked with an ellipsis where
 * they were cut. Lengths count characters as a reader does (code points: a letter outside the Basic Multilingual
 * Plane is one, and is never cut in half). A cut "after a word" ends at a space — a word that ends right at the
 * length counts as whole — unless that keeps no more than half of the length; then the text is cut at the length.
 */
public final class Shortening {

    public static final String ELLIPSIS = "…";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:]+$");

    private Shortening() {
    }

    /** The text on one line: stripped, every run of whitespace one space; nothing is the empty text. */
    public static String oneLine(String text) {
        return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    /** The first {@code length} characters and an ellipsis, or the whole text when it is no longer than that. */
    public static String cut(String text, int length) {
        return fits(text, length) ? text : text.substring(0, end(text, length)) + ELLIPSIS;
    }

    /** At most {@code width} characters, the ellipsis among them: for a column or a label of fixed width. */
    public static String fit(String text, int width) {
        return fits(text, width) ? text : text.substring(0, end(text, width - 1)) + ELLIPSIS;
    }

    /**
     * At most {@code length} characters cut after a word, trailing whitespace dropped, and an ellipsis; the whole
     * text when it is no longer than that. Lines are kept: see {@link #oneLine}.
     */
    public static String atWord(String text, int length) {
        return fits(text, length) ? text : text.substring(0, wordEnd(text, length)).stripTrailing() + ELLIPSIS;
    }

    /**
     * A title for a long text: on one line, cut after the last word that leaves room for the ellipsis within
     * {@code width} characters, no comma, semicolon or colon left before the ellipsis. Without a word ending past
     * half-way, the first {@code width} characters and the ellipsis.
     */
    public static String title(String text, int width) {
        String line = oneLine(text);
        if (fits(line, width)) {
            return line;
        }
        int limit = end(line, width - 1);
        int space = line.lastIndexOf(' ', limit);
        int cut = space > end(line, width / 2) ? space : end(line, width);
        // punctuation left before the ellipsis reads as a typo in a title
        return TRAILING_PUNCTUATION.matcher(line.substring(0, cut)).replaceAll("") + ELLIPSIS;
    }

    /**
     * Where to cut a text to keep at most {@code length} characters after a word (the index of the space that ends
     * it), or at the length when no word ends past half-way; the text's length when it is not longer.
     */
    public static int wordEnd(String text, int length) {
        if (fits(text, length)) {
            return text.length();
        }
        int limit = end(text, length);
        int space = text.lastIndexOf(' ', limit);
        return space > end(text, length / 2) ? space : limit;
    }

    private static boolean fits(String text, int length) {
        return text == null || text.length() <= length || text.codePointCount(0, text.length()) <= length;
    }

    /** The index after the first {@code length} characters. */
    private static int end(String text, int length) {
        return text.offsetByCodePoints(0, length);
    }
}
