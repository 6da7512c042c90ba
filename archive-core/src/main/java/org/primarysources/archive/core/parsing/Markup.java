package org.primarysources.archive.core.parsing;

import static org.primarysources.archive.core.parsing.ScrapedText.LINK_END;

/**
 * Removes what the scraper left of the encyclopedia's markup — citation brackets, wiki italics ({@code ''…''}),
 * empty parentheses where foreign-language names were stripped — and evens out the spacing. Letters are never
 * changed, and {@link ScrapedText#LINK_END} marks are kept where they are.
 */
final class Markup {

    private Markup() {
    }

    static String clean(String raw) {
        // plain once more: dropping "(;)" from "'(;)'" brings two apostrophes together
        return spacing(plain(withoutEmptyParentheses(plain(raw))));
    }

    /** The text without citation brackets and without runs of two or more apostrophes (wiki italics and bold). */
    static String plain(String raw) {
        if (raw.indexOf('[') < 0 && raw.indexOf(']') < 0 && !raw.contains("''")) {
            return raw;
        }
        StringBuilder unbracketed = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '[' && c != ']') {
                unbracketed.append(c);
            }
        }
        // brackets first: "'['" would otherwise leave "''" behind
        StringBuilder out = new StringBuilder(unbracketed.length());
        int length = unbracketed.length();
        for (int i = 0; i < length; i++) {
            char c = unbracketed.charAt(i);
            if (c == '\'' && i + 1 < length && unbracketed.charAt(i + 1) == '\'') {
                while (i + 1 < length && unbracketed.charAt(i + 1) == '\'') {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Drops "( )", "(, )", "(; ; )" and the like: what is left where the scraper removed foreign-language names. */
    static String withoutEmptyParentheses(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '(') {
                int j = i + 1;
                while (j < length && emptyFiller(text.charAt(j))) {
                    j++;
                }
                if (j < length && text.charAt(j) == ')') {
                    i = j + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean emptyFiller(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '–'
                || c == '—';
    }

    /**
     * One space for any run of whitespace, none before {@code , . ; : ! ? )} or after {@code (}, none at the ends.
     * No-break spaces are kept as they are: they are part of the text, not of the layout.
     */
    static String spacing(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                pendingSpace = false;
                if (!out.isEmpty() && !closesSpace(c) && lastVisible(out) != '(') {
                    out.append(' ');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean closesSpace(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
    }

    private static char lastVisible(StringBuilder out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            if (out.charAt(i) != LINK_END) {
                return out.charAt(i);
            }
        }
        return ' ';
    }
}
