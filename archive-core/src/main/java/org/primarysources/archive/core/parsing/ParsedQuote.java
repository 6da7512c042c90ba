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
 * @param translationLanguage BCP 47 tag of the translation (the article's language: {@code "en"} for an English
 *                            article), or {@code null}
 * @param speakerMention      when the proposed speaker is no linked entity (a person the article names without a
 *                            link, e.g. "Selter later wrote …"): the sentence of the transcription that names
 *                            them, from which the import drafts a PERSON entity; {@code null} when there is
 *                            no speaker or the speaker is a linked entity
 */
public record ParsedQuote(String exact, String context, String prefix, String suffix, int start, int end,
                          String speakerName, String translation, String translationLanguage,
                          String speakerMention) {

    /** A quotation whose speaker, if any, is taken for a linked entity (no {@link #speakerMention()}). */
    public ParsedQuote(String exact, String context, String prefix, String suffix, int start, int end,
                       String speakerName, String translation, String translationLanguage) {
        this(exact, context, prefix, suffix, start, end, speakerName, translation, translationLanguage, null);
    }
}
