package org.primarysources.archive.core.citation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteVerifierTest {

    private static final String TEXT = "Urbšys said: “virtual occupation” — the Soviets replied that the\n"
            + "bases   would protect Lithuania. Later the ‘virtual occupation’ came. Šešupė River.";

    @Test
    void findsAQuoteDespiteTypographicQuotesDashesAndLineBreaks() {
        QuoteVerifier.Found found = QuoteVerifier.find(
                new TextQuoteSelector("\"virtual occupation\" - the Soviets replied that the bases would", null, null),
                TEXT);

        assertThat(found.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(TEXT.substring(found.start(), found.end()))
                .isEqualTo("“virtual occupation” — the Soviets replied that the\nbases   would");
    }

    @Test
    void diacriticsAreNeverFoldedAway() {
        assertThat(QuoteVerifier.find(new TextQuoteSelector("Šešupė River", null, null), TEXT).verification())
                .isEqualTo(Verification.VERIFIED);
        assertThat(QuoteVerifier.find(new TextQuoteSelector("Sesupe River", null, null), TEXT).verification())
                .isEqualTo(Verification.NOT_FOUND);
    }

    @Test
    void severalPlacesAreAmbiguousUnlessPrefixOrSuffixTellThemApart() {
        assertThat(QuoteVerifier.find(new TextQuoteSelector("virtual occupation", null, null), TEXT).verification())
                .isEqualTo(Verification.AMBIGUOUS);

        QuoteVerifier.Found later =
                QuoteVerifier.find(new TextQuoteSelector("virtual occupation", "Later the '", null), TEXT);
        assertThat(later.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(later.start()).isEqualTo(TEXT.indexOf("virtual occupation’"));
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() {
        String text = "𝔄 treaty: Article I";
        QuoteVerifier.Found found = QuoteVerifier.find(new TextQuoteSelector("Article I", null, null), text);

        assertThat(found.start()).isEqualTo(text.codePointCount(0, text.indexOf("Article")));
        assertThat(found.end() - found.start()).isEqualTo(9);
    }

    @Test
    void emptyOrMissingTextIsNotFound() {
        assertThat(QuoteVerifier.find(new TextQuoteSelector("   ", null, null), TEXT).verification())
                .isEqualTo(Verification.NOT_FOUND);
        assertThat(QuoteVerifier.find(new TextQuoteSelector("Klaipėda", null, null), TEXT).verification())
                .isEqualTo(Verification.NOT_FOUND);
    }
}
