package org.primarysources.archive.core.citation;

import org.primarysources.archive.core.text.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks a cited text up in a transcription. Both are compared after normalising whitespace (any run becomes one
 * space), quotation marks (typographic to ASCII) and dashes (to {@code -}) — never letters or diacritics, so a
 * quote that misspells a name is not verified. The prefix and suffix, when given, tell several matches apart.
 */
public final class QuoteVerifier {

    /** Where the exact text was found, as code-point offsets into the original transcription (end exclusive). */
    public record Found(Verification verification, Integer start, Integer end) {
    }

    private QuoteVerifier() {
    }

    public static Found find(TextQuoteSelector selector, String transcription) {
        return in(transcription).find(selector);
    }

    /** A transcription normalised once, to look up many cited texts in (an import of many rows). */
    public static Lookup in(String transcription) {
        return new Lookup(transcription);
    }

    /** One transcription, ready to look cited texts up in. */
    public static final class Lookup {
        private final String transcription;
        private final Normalised text;

        private Lookup(String transcription) {
            this.transcription = transcription;
            this.text = transcription == null ? null : Normalised.of(transcription);
        }

        public Found find(TextQuoteSelector selector) {
            Normalised exact = Normalised.of(selector.exact() == null ? "" : selector.exact().strip());
            if (exact.text.isEmpty() || transcription == null) {
                return new Found(Verification.NOT_FOUND, null, null);
            }
            List<Integer> matches = new ArrayList<>();
            for (int at = text.text.indexOf(exact.text); at >= 0; at = text.text.indexOf(exact.text, at + 1)) {
                matches.add(at);
            }
            if (matches.size() > 1) {
                String prefix = Normalised.of(selector.prefix() == null ? "" : selector.prefix()).text
                        .stripLeading();
                String suffix = Normalised.of(selector.suffix() == null ? "" : selector.suffix()).text
                        .stripTrailing();
                List<Integer> narrowed = matches.stream()
                        .filter(at -> text.text.substring(0, at).stripTrailing().endsWith(prefix.stripTrailing()))
                        .filter(at -> text.text.substring(at + exact.text.length()).stripLeading()
                                .startsWith(suffix.stripLeading()))
                        .toList();
                if (!narrowed.isEmpty()) {
                    matches = narrowed;
                }
            }
            if (matches.isEmpty()) {
                return new Found(Verification.NOT_FOUND, null, null);
            }
            if (matches.size() > 1) {
                return new Found(Verification.AMBIGUOUS, null, null);
            }
            int startChar = text.original(matches.get(0));
            int endChar = text.original(matches.get(0) + exact.text.length() - 1) + 1;
            return new Found(Verification.VERIFIED,
                    transcription.codePointCount(0, startChar),
                    transcription.codePointCount(0, endChar));
        }
    }

    /** A normalised text that remembers, for each of its chars, the index of the original char it came from. */
    private static final class Normalised {
        final String text;
        private final int[] origin;

        private Normalised(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        int original(int index) {
            return origin[index];
        }

        static Normalised of(String source) {
            StringBuilder text = new StringBuilder(source.length());
            int[] origin = new int[source.length() + 1];
            boolean inSpace = false;
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!inSpace) {
                        origin[text.length()] = i;
                        text.append(' ');
                        inSpace = true;
                    }
                    continue;
                }
                inSpace = false;
                origin[text.length()] = i;
                text.append(Folding.quoteOrDash(c));
            }
            return new Normalised(text.toString(), origin);
        }
    }
}
