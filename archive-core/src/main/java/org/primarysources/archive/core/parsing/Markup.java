package org.primarysources.archive.core.parsing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.primarysources.archive.core.parsing.ScrapedText.LINK_END;

/**
 * Removes what the scraper left of the encyclopedia's markup — citation remnants ({@code [1]}, {@code [citation
 * needed]}) and lone citation brackets, wiki italics ({@code ''…''}), empty parentheses where foreign-language names
 * were stripped — and evens out the spacing. Letters outside a citation remnant are never changed, and
 * {@link ScrapedText#LINK_END} marks are kept where they are. The cleaning can say, for each character it leaves
 * out, why ({@link Dropped}), so that the import can show what it did not keep.
 */
final class Markup {

    static final String ITALICS = "wiki italics";
    static final String EMPTY_PARENTHESES = "empty parentheses";

    private static final int MAX_REMNANT = 40;
    private static final Pattern NUMBERED_REMNANT = Pattern.compile(
            "\\d{1,3}|[a-z]{1,2}|(?i:note|nb|n|fn|ref|anm\\.?|прим\\.?)\\s?\\d{1,3}");
    /** The encyclopedias' inline maintenance tags, as they show in brackets after the words they question. */
    private static final Set<String> TAGS = Set.of("citation needed", "clarification needed", "who?", "whom?",
            "when?", "where?", "which?", "why?", "how?", "by whom?", "according to whom?", "dubious",
            "dubious – discuss", "dubious - discuss", "discuss", "failed verification", "verification needed",
            "better source needed", "better source", "page needed", "pages needed", "full citation needed",
            "unreliable source?", "original research?", "vague", "specify", "not in citation given", "dead link",
            "permanent dead link", "update needed", "year needed", "quantify", "non-primary source needed",
            "third-party source needed", "self-published source?", "disputed", "citation needed to verify",
            "quelle?", "quelle fehlt", "beleg fehlt", "réf. nécessaire", "réf. souhaitée", "source insuffisante",
            "potrzebny przypis", "brak przypisu", "reikalingas šaltinis", "источник не указан", "нет аи",
            "уточнить", "неавторитетный источник?");

    private Markup() {
    }

    static String clean(String raw) {
        return spacing(cleaned(raw, null).toString());
    }

    /**
     * The text without its markup, before the spacing is evened out, each character knowing where in {@code raw} it
     * stands. {@code dropped}, when given, learns why each character of {@code raw} that is left out went.
     */
    static Chars cleaned(String raw, Dropped dropped) {
        // plain once more: dropping "(;)" from "'(;)'" brings two apostrophes together
        return plain(withoutEmptyParentheses(plain(Chars.of(raw), dropped), dropped), dropped);
    }

    /**
     * The text without citation remnants, citation brackets and runs of two or more apostrophes (wiki italics and
     * bold).
     */
    static String plain(String raw) {
        if (raw.indexOf('[') < 0 && raw.indexOf(']') < 0 && !raw.contains("''")) {
            return raw;
        }
        return plain(Chars.of(raw), null).toString();
    }

    private static Chars plain(Chars text, Dropped dropped) {
        boolean[] drop = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                int end = remnantEnd(text, i);
                if (end > 0) {
                    String content = text.subSequence(i + 1, end - 1).toString().strip();
                    for (int j = i; j < end; j++) {
                        drop(drop, text, j, dropped, Removal.Reason.CITATION_REMNANT, content);
                    }
                    i = end - 1;
                    continue;
                }
            }
            if (c == '[' || c == ']') {
                drop(drop, text, i, dropped, Removal.Reason.CITATION_REMNANT, "");
            }
        }
        // brackets first: "'['" would otherwise leave "''" behind
        Chars unbracketed = text.without(drop);
        drop = new boolean[unbracketed.length()];
        int length = unbracketed.length();
        for (int i = 0; i < length; i++) {
            if (unbracketed.charAt(i) == '\'' && i + 1 < length && unbracketed.charAt(i + 1) == '\'') {
                while (i < length && unbracketed.charAt(i) == '\'') {
                    drop(drop, unbracketed, i, dropped, Removal.Reason.MARKUP, ITALICS);
                    i++;
                }
                i--;
            }
        }
        return unbracketed.without(drop);
    }

    /** Where the citation remnant opening at {@code open} ends (exclusive), or -1 if the bracket opens none. */
    private static int remnantEnd(CharSequence text, int open) {
        int close = open + 1;
        while (close < text.length() && close - open <= MAX_REMNANT + 1 && text.charAt(close) != ']') {
            char c = text.charAt(close);
            if (c == '[' || c == LINK_END || c == '\n') {
                return -1;
            }
            close++;
        }
        if (close >= text.length() || text.charAt(close) != ']') {
            return -1;
        }
        // "[a]lthough": an editor's letter inside a word, not a footnote
        if (close + 1 < text.length() && Character.isLetterOrDigit(text.charAt(close + 1))) {
            return -1;
        }
        return remnant(text.subSequence(open + 1, close).toString()) ? close + 1 : -1;
    }

    /** Whether what stands in a pair of brackets is a footnote mark or a maintenance tag. */
    static boolean remnant(String content) {
        String text = content.strip();
        return !text.isEmpty() && (NUMBERED_REMNANT.matcher(text).matches()
                || TAGS.contains(text.toLowerCase(Locale.ROOT)));
    }

    /** Where a citation remnant that ends right before {@code end} starts, or -1 if none does. */
    static int remnantBefore(String text, int end) {
        if (end == 0 || text.charAt(end - 1) != ']') {
            return -1;
        }
        int open = text.lastIndexOf('[', end - 2);
        if (open < 0 || end - open > MAX_REMNANT + 2 || text.indexOf(']', open) != end - 1) {
            return -1;
        }
        return remnant(text.substring(open + 1, end - 1)) ? open : -1;
    }

    private static void drop(boolean[] drop, Chars text, int i, Dropped dropped, Removal.Reason reason,
                             String detail) {
        drop[i] = true;
        if (dropped != null) {
            dropped.drop(text.at(i), reason, detail);
        }
    }

    /** Drops "( )", "(, )", "(; ; )" and the like: what is left where the scraper removed foreign-language names. */
    private static Chars withoutEmptyParentheses(Chars text, Dropped dropped) {
        int length = text.length();
        boolean[] drop = new boolean[length];
        int i = 0;
        while (i < length) {
            if (text.charAt(i) == '(') {
                int j = i + 1;
                while (j < length && emptyFiller(text.charAt(j))) {
                    j++;
                }
                if (j < length && text.charAt(j) == ')') {
                    for (int k = i; k <= j; k++) {
                        drop(drop, text, k, dropped, Removal.Reason.MARKUP, EMPTY_PARENTHESES);
                    }
                    i = j + 1;
                    continue;
                }
            }
            i++;
        }
        return text.without(drop);
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

    /** Text on its way through the cleaning: its characters, each with its index in the text it began as. */
    static final class Chars implements CharSequence {

        private final char[] chars;
        private final int[] at;
        private final int length;

        private Chars(char[] chars, int[] at, int length) {
            this.chars = chars;
            this.at = at;
            this.length = length;
        }

        static Chars of(String text) {
            int[] at = new int[text.length()];
            for (int i = 0; i < at.length; i++) {
                at[i] = i;
            }
            return new Chars(text.toCharArray(), at, at.length);
        }

        /** The index, in the text the cleaning began with, of the character now at {@code i}. */
        int at(int i) {
            return at[i];
        }

        Chars without(boolean[] drop) {
            char[] kept = new char[length];
            int[] keptAt = new int[length];
            int n = 0;
            for (int i = 0; i < length; i++) {
                if (!drop[i]) {
                    kept[n] = chars[i];
                    keptAt[n] = at[i];
                    n++;
                }
            }
            return n == length ? this : new Chars(kept, keptAt, n);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** Why each character of a text was left out by the cleaning: a reason and a detail, or none where it was kept. */
    static final class Dropped {

        private final Removal.Reason[] reasons;
        private final String[] details;

        Dropped(int length) {
            this.reasons = new Removal.Reason[length];
            this.details = new String[length];
        }

        void drop(int index, Removal.Reason reason, String detail) {
            reasons[index] = reason;
            details[index] = detail;
        }

        /** Why the character at {@code index} was left out, or null if it was kept. */
        Removal.Reason reason(int index) {
            return reasons[index];
        }

        String detail(int index) {
            return details[index];
        }
    }
}
