package org.primarysources.archive.core.parsing;

/**
 * Words the article quotes in double quotation marks ({@code "…"}, {@code “…”}, {@code „…“}, {@code «…»}).
 *
 * @param exact               the quoted words without the quotation marks (and without a trailing comma, which
 *                            belongs to the surrounding sentence); equals {@code transcription.substring(start, end)}
 * @param context             the sentence of the transcription the quotation stands in, quotation marks included
 * @param prefix              up to 32 chars of the transcription right before {@code start}
 * @param suffix              up to 32 chars of the transcription right after {@code end}
 * @param speakerName         the proposed speaker, or {@code null} when the article does not say who spoke; when the
 *                            article names a linked entity (e.g. "Stalin" for the entity "Joseph Stalin") the
 *                            entity's name is proposed. Always a proposal, to be confirmed at probable confidence.
 * @param translation         the translation the article gives in parentheses right after the quotation, or
 *                            {@code null}
 * @param translationLanguage BCP 47 tag of the translation ({@code "en"}, the article's language), or {@code null}
 */
public record ParsedQuote(String exact, String context, String prefix, String suffix, int start, int end,
                          String speakerName, String translation, String translationLanguage) {
}
