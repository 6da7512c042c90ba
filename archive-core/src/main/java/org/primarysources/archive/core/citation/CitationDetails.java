package org.primarysources.archive.core.citation;

/**
 * A record's citation of a source: which transcription version, the CSL locator (label such as
 * {@code article-locator} or {@code page}, value such as {@code VII}), a W3C TextQuoteSelector ({@code exact} with
 * {@code prefix}/{@code suffix}), the code-point position of the exact text in that version ({@code start}
 * inclusive, {@code end} exclusive; null when not found), and the SHA-256 of that version's normalised text.
 */
public record CitationDetails(long source, String sourceTitle, Integer sourceVersion, String label, String locator,
                              String exact, String prefix, String suffix, Integer start, Integer end,
                              String textHash, Verification verification) {
}
