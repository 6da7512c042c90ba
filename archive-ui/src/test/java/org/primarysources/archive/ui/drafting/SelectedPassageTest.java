package org.primarysources.archive.ui.drafting;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.citation.QuoteVerifier;
import org.primarysources.archive.core.citation.TextQuoteSelector;
import org.primarysources.archive.core.citation.Verification;
import org.primarysources.archive.core.source.Transcription;

import static org.assertj.core.api.Assertions.assertThat;

class SelectedPassageTest {

    private static Transcription transcription(String text) {
        return new Transcription(3, 2, "Treaty", text, "0".repeat(64));
    }

    /** The offsets a browser reports for these words: UTF-16 units into the text. */
    private static SelectedPassage select(String text, String words) {
        int from = text.indexOf(words);
        return SelectedPassage.of(transcription(text), from, from + words.length()).orElseThrow();
    }

    @Test
    void wordsWithDiacriticsAreCitedExactlyWithTheirContext() {
        String text = "The border follows the Šešupė river to Kaunas.";

        SelectedPassage passage = select(text, "Šešupė river");

        assertThat(passage.exact()).isEqualTo("Šešupė river");
        assertThat(passage.prefix()).isEqualTo("The border follows the ");
        assertThat(passage.suffix()).isEqualTo(" to Kaunas.");
        assertThat(passage.start()).isEqualTo(23);
        assertThat(passage.end()).isEqualTo(35);
        assertThat(passage.sourceVersion()).isEqualTo(2);
    }

    @Test
    void positionsCountCodePointsNotTheBrowsersUtf16Units() {
        String text = "𝔄𝔅 marks: sovereignty is not affected.";

        SelectedPassage passage = select(text, "sovereignty");

        assertThat(text.indexOf("sovereignty")).isEqualTo(12);
        assertThat(passage.start()).isEqualTo(10);
        assertThat(passage.end()).isEqualTo(21);
        QuoteVerifier.Found found = QuoteVerifier.find(
                new TextQuoteSelector(passage.exact(), passage.prefix(), passage.suffix()), text);
        assertThat(found.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(found.start()).isEqualTo(passage.start());
        assertThat(found.end()).isEqualTo(passage.end());
    }

    @Test
    void aSelectionCuttingASurrogatePairTakesTheWholeLetter() {
        String text = "The sign 𝔄 stands for the treaty.";
        int inside = text.indexOf("𝔄") + 1;

        SelectedPassage passage = SelectedPassage.of(transcription(text), inside, inside + 8).orElseThrow();

        assertThat(passage.exact()).isEqualTo("𝔄 stands");
        assertThat(passage.start()).isEqualTo(9);
        assertThat(passage.end()).isEqualTo(17);
    }

    @Test
    void aSelectionCuttingALetterFromItsCombiningAccentTakesBoth() {
        String decomposed = "the S\u030Ce\u030Csupe\u0307 river";
        int afterS = decomposed.indexOf('S') + 1;
        int beforeDot = decomposed.indexOf('\u0307');

        SelectedPassage passage = SelectedPassage.of(transcription(decomposed), afterS, beforeDot).orElseThrow();

        assertThat(passage.exact()).isEqualTo("S\u030Ce\u030Csupe\u0307");
        assertThat(passage.start()).isEqualTo(4);
        assertThat(passage.end()).isEqualTo(4 + 9);
    }

    @Test
    void whitespaceAtEitherEndIsLeftOutAndWhitespaceAloneIsNoPassage() {
        String text = "Article VII.\n  Sovereignty is not affected.  ";

        SelectedPassage passage = SelectedPassage.of(transcription(text), 12, text.length()).orElseThrow();

        assertThat(passage.exact()).isEqualTo("Sovereignty is not affected.");
        assertThat(passage.suffix()).isEqualTo("  ");
        assertThat(SelectedPassage.of(transcription(text), 12, 15)).isEmpty();
    }

    @Test
    void contextIsThirtyTwoCodePointsAndNeverHalfALetter() {
        String before = "𝔄".repeat(40);
        String text = before + "cited" + "𝔅".repeat(40);

        SelectedPassage passage = select(text, "cited");

        assertThat(passage.prefix()).isEqualTo("𝔄".repeat(32));
        assertThat(passage.suffix()).isEqualTo("𝔅".repeat(32));
        assertThat(passage.start()).isEqualTo(40);
    }

    @Test
    void offsetsOutOfRangeOrBackwardsAreTakenAsTheSelectionTheyMean() {
        String text = "Kaunas and Vilnius";

        assertThat(SelectedPassage.of(transcription(text), 18, 11).orElseThrow().exact()).isEqualTo("Vilnius");
        assertThat(SelectedPassage.of(transcription(text), -5, 6).orElseThrow().exact()).isEqualTo("Kaunas");
        assertThat(SelectedPassage.of(transcription(text), 11, 99).orElseThrow().exact()).isEqualTo("Vilnius");
    }
}
