package org.primarysources.archive.ui.drafting;

import org.primarysources.archive.core.record.CitationInput;
import org.primarysources.archive.core.source.Transcription;

import java.text.BreakIterator;
import java.util.Optional;

/**
 * The words an archivist selected in a transcription, as the citation records them: a W3C TextQuoteSelector
 * ({@code exact} with a little {@code prefix} and {@code suffix}) and the code-point position of the exact words in
 * that version of the transcription ({@code start} inclusive, {@code end} exclusive) — the way the archive counts
 * positions, whatever the browser counted.
 */
public record SelectedPassage(int sourceVersion, int start, int end, String exact, String prefix, String suffix) {

    /** Code points of context kept on either side, as an import keeps. */
    static final int CONTEXT = 32;

    /**
     * The passage between two offsets as a browser counts them (UTF-16 code units into the transcription's text).
     * A selection that cuts a letter — between a surrogate pair, or between a letter and its combining accent — is
     * widened to the whole letter; whitespace at either end is left out. Empty when nothing but whitespace is left.
     */
    public static Optional<SelectedPassage> of(Transcription transcription, int from, int to) {
        String text = transcription.text();
        int start = Math.max(0, Math.min(Math.min(from, to), text.length()));
        int end = Math.max(0, Math.min(Math.max(from, to), text.length()));
        BreakIterator letters = BreakIterator.getCharacterInstance();
        letters.setText(text);
        if (!letters.isBoundary(start)) {
            start = letters.preceding(start);
        }
        if (!letters.isBoundary(end)) {
            end = letters.following(end);
        }
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start = text.offsetByCodePoints(start, 1);
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end = text.offsetByCodePoints(end, -1);
        }
        if (start >= end) {
            return Optional.empty();
        }
        int prefixStart = text.offsetByCodePoints(start, -Math.min(CONTEXT, text.codePointCount(0, start)));
        int suffixEnd = text.offsetByCodePoints(end, Math.min(CONTEXT, text.codePointCount(end, text.length())));
        int startPoint = text.codePointCount(0, start);
        return Optional.of(new SelectedPassage(transcription.version(), startPoint,
                startPoint + text.codePointCount(start, end), text.substring(start, end),
                text.substring(prefixStart, start), text.substring(end, suffixEnd)));
    }

    /** The citation of this passage at a CSL locator (label such as {@code article-locator}, value such as VII). */
    public CitationInput toCitation(String label, String locator) {
        return new CitationInput(sourceVersion, label, locator, exact, prefix, suffix);
    }
}
