package org.primarysources.archive.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** What folding does; that it does what the index does is proven against a real node in archive-search. */
class FoldingTest {

    @ParameterizedTest
    @CsvSource({
            "Šešupė, Sesupe", "Łódź, Lodz", "Ørsted, Orsted", "Æsir, AEsir", "Straße, Strasse",
            "Þingvellir, THingvellir", "Đakovo, Dakovo", "œuvre, oeuvre", "İstanbul, Istanbul", "Ħal Far, Hal Far",
            "ﬁnal, final",
    })
    void lettersLoseTheirDiacriticsAndLigaturesComeApart(String written, String folded) {
        assertThat(Folding.fold(written)).isEqualTo(folded);
    }

    @Test
    void typographicQuotesAndDashesBecomeAscii() {
        assertThat(Folding.fold("„Taip“ – “yes” — ‘so’ «oui»")).isEqualTo("\"Taip\" - \"yes\" - 'so' \"oui\"");
    }

    @Test
    void otherScriptsAreLeftAsTheyAre() {
        assertThat(Folding.fold("Ελλάδα Жить стало лучше")).isEqualTo("Ελλάδα Жить стало лучше");
    }

    @Test
    void aDecomposedLetterFoldsAsItsPrecomposedForm() {
        assertThat(Folding.fold(Normalizer.normalize("Šešupė", Normalizer.Form.NFD))).isEqualTo("Sesupe");
    }

    @Test
    void anAccentWithoutAPrecomposedLetterStaysAsInTheIndex() {
        assertThat(Folding.fold("q\u0303")).isEqualTo("q\u0303");
    }

    @Test
    void foldingLowerCaseFirstLowerCasesAsTheIndexDoes() {
        assertThat(Folding.foldLowerCase("ŠEŠUPĖ")).isEqualTo("sesupe");
        assertThat(Folding.foldLowerCase("İSTANBUL")).isEqualTo("istanbul");
        // asciifolding folds ǥ to a capital G; lower-casing comes first, so the index keeps it
        assertThat(Folding.foldLowerCase("Ǥ")).isEqualTo("G");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(Folding.fold(null)).isNull();
        assertThat(Folding.foldLowerCase(null)).isNull();
    }

    @Test
    void quoteOrDashFoldsOnlyQuotationMarksAndDashes() {
        assertThat("„Taip“ ‘so’ – − ― Šešupė".chars().map(c -> Folding.quoteOrDash((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("\"Taip\" 'so' - - - Šešupė");
    }
}
