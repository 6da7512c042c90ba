package org.primarysources.archive.search.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLanguagesTest {

    @Test
    void aTagIsAnalysedByItsPrimarySubtagInAnyCase() {
        assertThat(RecordLanguages.analysed("de")).hasValue("de");
        assertThat(RecordLanguages.analysed("de-AT")).hasValue("de");
        assertThat(RecordLanguages.analysed("DE")).hasValue("de");
        assertThat(RecordLanguages.analysed(" fr-CA ")).hasValue("fr");
        assertThat(RecordLanguages.analysed("pl_PL")).hasValue("pl");
        assertThat(RecordLanguages.analysed("ru-Latn")).hasValue("ru");
        assertThat(RecordLanguages.analysed("lt")).hasValue("lt");
        assertThat(RecordLanguages.analysed("en-GB")).hasValue("en");
    }

    @Test
    void otherLanguagesAndNoneHaveNoFieldOfTheirOwn() {
        assertThat(RecordLanguages.analysed("lv")).isEmpty();
        assertThat(RecordLanguages.analysed("deu")).isEmpty();
        assertThat(RecordLanguages.analysed("")).isEmpty();
        assertThat(RecordLanguages.analysed(null)).isEmpty();
    }

    @Test
    void fieldsAreNamedByObjectAndLanguage() {
        assertThat(RecordLanguages.textFields()).containsExactly("textIn.de", "textIn.en", "textIn.fr", "textIn.lt",
                "textIn.pl", "textIn.ru");
        assertThat(RecordLanguages.translationFields()).first().isEqualTo("translationsIn.de");
        assertThat(RecordLanguages.analyser("de")).isEqualTo("stemmed_de");
        assertThat(RecordLanguages.analyser("en")).as("as every text's English subfield").isEqualTo("stemmed");
    }
}
